import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../../../platform/context.js'
import type { Runtime } from '../../../platform/runtime.js'
import { buildUser } from '../../../test/factories.js'
import { buildChannelAccount } from '../../../test/inbox-factories.js'
import { startSmtpSink } from '../../../test/mail/index.js'
import { createTestRuntime } from '../../../test/test-runtime.js'
import { confirmCaseAction } from '../service/case-actions.js'
import { attachCaseFile } from '../service/case-files.js'
import { openReturnCase } from '../service/open-case.js'
import { seedDeliveredOrder } from '../service/returns-test-kit.js'
import { queueStaffMail } from '../service/staff-mail-queue.js'
import { sendCaseMailJob } from './send-case-mail.js'

let runtime: Runtime
let sink: Awaited<ReturnType<typeof startSmtpSink>>

beforeAll(async () => {
  runtime = await createTestRuntime()
  sink = await startSmtpSink()
})
afterAll(async () => {
  await sink.stop()
  await runtime.close()
})

async function mailbox(workspaceId: string) {
  await buildChannelAccount(runtime, workspaceId, 'email', {
    status: 'active',
    settings: {
      fromAddress: 'sklep@krainakawy.test',
      fromName: 'Kraina Kawy',
      imap: { host: '127.0.0.1', port: 1, secure: false, user: 'sklep' },
      smtp: { host: sink.host, port: sink.port, secure: false, user: 'sklep' },
    },
    credentials: { imapPassword: 'x', smtpPassword: 'y' },
  })
}

const mailsOf = (caseId: string) =>
  runtime.database.db
    .selectFrom('returnCaseMails')
    .select(['id', 'kind', 'status', 'recipient', 'error'])
    .where('caseId', '=', caseId)
    .orderBy('createdAt')
    .execute()

describe('case e-mails', () => {
  it('acknowledges a complaint with its answer deadline, then sends the refusal with grounds and justification, once each', async () => {
    const { workspaceId } = await buildUser(runtime)
    await mailbox(workspaceId)
    const order = await seedDeliveredOrder(runtime, workspaceId, {
      email: 'j.becker@example.de',
      overrides: {
        buyer: {
          name: 'Jürgen Becker',
          email: 'j.becker@example.de',
          phone: null,
          login: null,
          locale: 'de',
        },
      },
    })
    const scope = { workspaceId, actor: systemActor('test') }
    const opened = await runtime.inWorkspace(scope, (ctx) =>
      openReturnCase(ctx, {
        kind: 'complaint',
        source: 'portal',
        orderId: order.orderId,
        reasonCode: 'defective',
        requestedRemedy: 'replacement',
        requestedAt: new Date('2026-11-02T09:00:00Z'),
        items: [{ orderItemId: order.lines[1]?.id, quantity: 1 }],
      }),
    )
    const job = sendCaseMailJob(runtime)
    const send = async () => {
      for (const mail of await mailsOf(opened.caseId))
        if (mail.status === 'scheduled')
          await job.handle({ mailId: mail.id, workspaceId }, { id: 'job', retryCount: 0 })
    }
    const before = sink.received.length
    await send()
    const [ack] = await sink.waitFor(before + 1).then((all) => all.slice(before))
    expect(ack?.envelope.rcptTo[0]?.address).toBe('j.becker@example.de')
    expect(ack?.parsed.subject).toBe(`Wir haben Ihre Anfrage erhalten — ${opened.number}`)
    expect(ack?.parsed.text).toContain('spätestens am 16.11.2026')
    expect(ack?.parsed.text).toContain(`/r/${opened.portalToken}`)

    const png = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489',
      'hex',
    )
    await runtime.inWorkspace(scope, async (ctx) => {
      const [item] = await ctx.trx
        .selectFrom('returnCaseItems')
        .select('id')
        .where('caseId', '=', opened.caseId)
        .execute()
      const itemId = item?.id ?? ''
      const at = (day: string) => new Date(`${day}T10:00:00Z`)
      await confirmCaseAction(
        ctx,
        opened.caseId,
        { type: 'receive', items: [{ itemId, quantity: 1 }] },
        undefined,
        at('2026-11-05'),
      )
      await confirmCaseAction(
        ctx,
        opened.caseId,
        { type: 'inspect', items: [{ itemId, condition: 'as_new' }] },
        undefined,
        at('2026-11-06'),
      )
      await attachCaseFile(
        ctx,
        opened.caseId,
        { content: png, fileName: 'test.png', uploadedBy: 'agent', purpose: 'evidence' },
        runtime.files,
      )
      await confirmCaseAction(
        ctx,
        opened.caseId,
        {
          type: 'refuse',
          grounds: ['no_nonconformity'],
          justification:
            'Der Dripper wurde mit heißem Wasser getestet und ist dicht; kein Riss sichtbar.',
        },
        undefined,
        at('2026-11-06'),
      )
    })
    const sent = sink.received.length
    await send()
    await send()
    const received = await sink.waitFor(sent + 2).then((all) => all.slice(sent))
    expect(received.map((m) => m.parsed.subject)).toEqual([
      `Ihre Rücksendung ist angekommen — ${opened.number}`,
      `Unsere Antwort auf Ihre Anfrage — ${opened.number}`,
    ])
    const refusal = received[1]?.parsed.text ?? ''
    expect(refusal).toContain('keine Vertragswidrigkeit festgestellt')
    expect(refusal).toContain('kein Riss sichtbar')
    // Another test file's workers may be the ones that sent a mail: wait for its status.
    await expect
      .poll(async () => (await mailsOf(opened.caseId)).map((m) => [m.kind, m.status]))
      .toEqual([
        ['opened', 'sent'],
        ['received', 'sent'],
        ['refused', 'sent'],
      ])
    expect(sink.received.length).toBe(sent + 2)
  })

  it('sends a mail once when two workers run its job at the same time', async () => {
    const owner = await buildUser(runtime)
    await mailbox(owner.workspaceId)
    const order = await seedDeliveredOrder(runtime, owner.workspaceId)
    const scope = { workspaceId: owner.workspaceId, actor: systemActor('test') }
    const caseId = await runtime.inWorkspace(scope, async (ctx) => {
      const opened = await openReturnCase(ctx, {
        kind: 'complaint',
        source: 'allegro_issue',
        externalId: 'issue-race',
        orderId: order.orderId,
        reasonCode: 'defective',
        items: [{ orderItemId: order.lines[0]?.id, quantity: 1 }],
      })
      await queueStaffMail(ctx, opened.caseId, 'staff_escalation', null)
      return opened.caseId
    })
    const [mail] = await mailsOf(caseId)
    const before = sink.received.length
    const job = sendCaseMailJob(runtime)
    const run = () =>
      job.handle(
        { mailId: mail?.id ?? '', workspaceId: owner.workspaceId },
        { id: 'job', retryCount: 0 },
      )
    await Promise.all([run(), run(), run()])
    await sink.waitFor(before + 1)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(sink.received.length).toBe(before + 1)
    expect((await mailsOf(caseId))[0]).toMatchObject({ status: 'sent' })
  })

  it('sends an escalation to the owners, in Polish and English, with a link to the case', async () => {
    const owner = await buildUser(runtime)
    await mailbox(owner.workspaceId)
    const order = await seedDeliveredOrder(runtime, owner.workspaceId)
    const scope = { workspaceId: owner.workspaceId, actor: systemActor('test') }
    const caseId = await runtime.inWorkspace(scope, async (ctx) => {
      const opened = await openReturnCase(ctx, {
        kind: 'complaint',
        source: 'allegro_issue',
        externalId: 'issue-1',
        orderId: order.orderId,
        reasonCode: 'defective',
        requestedAt: new Date('2026-11-02T09:00:00Z'),
        items: [{ orderItemId: order.lines[0]?.id, quantity: 1 }],
      })
      await queueStaffMail(ctx, opened.caseId, 'staff_escalation', null)
      return opened.caseId
    })
    const [mail] = await mailsOf(caseId)
    expect(mail).toMatchObject({ kind: 'staff_escalation', recipient: owner.email })
    const before = sink.received.length
    await sendCaseMailJob(runtime).handle(
      { mailId: mail?.id ?? '', workspaceId: owner.workspaceId },
      { id: 'job', retryCount: 0 },
    )
    const [sent] = await sink.waitFor(before + 1).then((all) => all.slice(before))
    expect(sent?.parsed.subject).toMatch(
      /^R-\d{5}: Escalation: the answer to the complaint is due by 2026-11-16/,
    )
    expect(sent?.parsed.text).toContain('Eskalacja')
    expect(sent?.parsed.text).toContain(`/returns/${caseId}`)
  })
})
