import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../../../platform/context.js'
import { buildUser } from '../../../test/factories.js'
import { createTestApp } from '../../../test/test-runtime.js'
import { openReturnCase } from './open-case.js'
import { seedDeliveredOrder } from './returns-test-kit.js'
import { watchCaseDeadlines } from './watch-case-deadlines.js'

let t: Awaited<ReturnType<typeof createTestApp>>
let workspaceId: string
let ownerId: string

beforeAll(async () => {
  t = await createTestApp()
  const owner = await buildUser(t.runtime)
  workspaceId = owner.workspaceId
  ownerId = owner.userId
})
afterAll(() => t.close())

const db = () => t.runtime.database.db

async function openComplaint(requestedAt: Date) {
  const order = await seedDeliveredOrder(t.runtime, workspaceId, {
    deliveredAt: new Date('2026-10-01T10:00:00Z'),
  })
  const opened = await t.runtime.inWorkspace({ workspaceId, actor: systemActor('test') }, (ctx) =>
    openReturnCase(ctx, {
      kind: 'complaint',
      source: 'portal',
      orderId: order.orderId,
      reasonCode: 'defective',
      requestedRemedy: 'replacement',
      requestedAt,
      items: [{ orderItemId: order.lines[1]?.id, quantity: 1 }],
    }),
  )
  await db()
    .updateTable('returnCases')
    .set({ assigneeId: ownerId })
    .where('id', '=', opened.caseId)
    .execute()
  return opened.caseId
}

const caseRow = (id: string) =>
  db()
    .selectFrom('returnCases')
    .select([
      'status',
      'decision',
      'resolution',
      'remindedHours',
      'escalatedAt',
      'respondBy',
      'deemedAcceptedOn',
    ])
    .where('id', '=', id)
    .executeTakeFirstOrThrow()
const staffMails = (id: string) =>
  db()
    .selectFrom('returnCaseMails')
    .select(['kind', 'recipient'])
    .where('caseId', '=', id)
    .where('kind', 'like', 'staff_%')
    .orderBy('createdAt')
    .execute()

describe('the deadline watch', () => {
  it('reminds, escalates and finally records the complaint as accepted by law (art. 7a)', async () => {
    // Requested on Monday 2 November 2026 in Warsaw: the answer is due by Monday 16 November.
    const caseId = await openComplaint(new Date('2026-11-02T09:00:00Z'))
    expect(await caseRow(caseId)).toMatchObject({
      respondBy: '2026-11-16',
      deemedAcceptedOn: '2026-11-17',
    })
    const end = new Date('2026-11-16T23:00:00Z') // midnight in Warsaw (UTC+1)
    const at = (hoursBefore: number) => new Date(end.getTime() - hoursBefore * 3_600_000)
    const only = { workspaceId }

    expect(await watchCaseDeadlines(t.runtime, at(100), only)).toEqual({
      reminded: 0,
      escalated: 0,
      deemedAccepted: 0,
    })
    expect(await watchCaseDeadlines(t.runtime, at(60), only)).toEqual({
      reminded: 1,
      escalated: 0,
      deemedAccepted: 0,
    })
    expect(await watchCaseDeadlines(t.runtime, at(59), only)).toEqual({
      reminded: 0,
      escalated: 0,
      deemedAccepted: 0,
    })
    expect(await watchCaseDeadlines(t.runtime, at(20), only)).toEqual({
      reminded: 1,
      escalated: 1,
      deemedAccepted: 0,
    })
    const reminded = await caseRow(caseId)
    expect(reminded.remindedHours).toEqual([72, 24])
    expect(reminded.escalatedAt).not.toBeNull()
    expect((await staffMails(caseId)).map((m) => m.kind)).toEqual([
      'staff_reminder',
      'staff_reminder',
      'staff_escalation',
    ])

    // Still 16 November in Warsaw: not yet accepted by law.
    expect((await watchCaseDeadlines(t.runtime, at(0.5), only)).deemedAccepted).toBe(0)
    expect((await watchCaseDeadlines(t.runtime, at(-0.5), only)).deemedAccepted).toBe(1)
    expect(await caseRow(caseId)).toMatchObject({
      status: 'accepted',
      decision: 'accepted',
      resolution: 'replacement',
    })
    const events = await db()
      .selectFrom('returnCaseEvents')
      .select('action')
      .where('caseId', '=', caseId)
      .orderBy('createdAt')
      .execute()
    expect(events.map((e) => e.action)).toEqual([
      'opened',
      'reminder',
      'reminder',
      'escalated',
      'deemed_accepted',
    ])
    expect((await staffMails(caseId)).at(-1)?.kind).toBe('staff_deemed_accepted')
    expect((await watchCaseDeadlines(t.runtime, at(-48), only)).deemedAccepted).toBe(0)
  })

  it('counts a customer’s open complaints for their segments', async () => {
    const caseId = await openComplaint(new Date())
    const row = await db()
      .selectFrom('returnCases as r')
      .innerJoin('customers as c', 'c.id', 'r.customerId')
      .select(['c.openComplaints', 'c.complaints90d'])
      .where('r.id', '=', caseId)
      .executeTakeFirstOrThrow()
    expect(row).toEqual({ openComplaints: 1, complaints90d: 1 })
  })
})
