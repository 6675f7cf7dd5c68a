import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CustomerDataProvider } from '../../../platform/module.js'
import type { Runtime } from '../../../platform/runtime.js'
import { buildChannelAccount, inboundMessage, ingest } from '../../../test/inbox-factories.js'
import { createTestRuntime } from '../../../test/test-runtime.js'
import { ERASED_MESSAGE_TEXT } from '../../conversations/service/customer-data.js'
import { ANONYMISED_CUSTOMER_NAME } from '../rules/erasure.js'
import { renderCustomerExportHtml } from '../rules/export-html.js'
import { recordConsent } from './consents.js'
import { customerDataProviders, type NamedCustomerData } from './customer-data-providers.js'
import { addCustomerNote } from './customer-notes.js'
import { setCustomerTags } from './customer-tags.js'
import { buildCustomerWorkspace, insertCustomer } from './customers-test-kit.js'
import { eraseCustomer } from './erase-customer.js'
import { exportCustomer } from './export-customer.js'
import { mergeCustomers } from './merge-customers.js'

let runtime: Runtime
let w: Awaited<ReturnType<typeof buildCustomerWorkspace>>
let widget: string
beforeAll(async () => {
  runtime = await createTestRuntime()
  w = await buildCustomerWorkspace(runtime)
  widget = await buildChannelAccount(runtime, w.workspaceId, 'widget')
})
afterAll(() => runtime.close())

async function customerWhoWrote(text: string) {
  const email = `${randomUUID().slice(0, 8)}@example.com`
  const result = await ingest(runtime, w.workspaceId, widget, [
    inboundMessage({
      externalThreadId: randomUUID(),
      author: { name: 'Marta Zielińska', email, externalId: email },
      subject: 'Zwrot butów',
      text,
    }),
  ])
  const conversationId = result.conversationsCreated[0] as string
  const { customerId } = await w.asSystem((ctx) =>
    ctx.trx
      .selectFrom('conversations')
      .select('customerId')
      .where('id', '=', conversationId)
      .executeTakeFirstOrThrow(),
  )
  return { customerId: customerId as string, conversationId, email }
}

describe('exportCustomer', () => {
  it('holds the profile, the module data and the audit log, as JSON and as HTML', async () => {
    const { customerId, email } = await customerWhoWrote('Buty są za małe, chcę zwrócić.')
    await w.inWorkspace(async (ctx) => {
      await setCustomerTags(ctx, customerId, ['zwrot'])
      await addCustomerNote(ctx, customerId, 'Stała klientka')
      await recordConsent(ctx, customerId, {
        purpose: 'marketing_email',
        granted: true,
        source: 'widget',
      })
    })
    const data = await w.inWorkspace((ctx) =>
      exportCustomer(ctx, customerId, customerDataProviders(runtime.modules)),
    )
    expect(data.profile).toMatchObject({ id: customerId, name: 'Marta Zielińska', email })
    expect(data.identities.map((i) => i.externalId)).toEqual([email])
    expect(data.tags).toEqual(['zwrot'])
    expect(data.notes.map((n) => n.body)).toEqual(['Stała klientka'])
    expect(data.consents).toMatchObject([
      { purpose: 'marketing_email', granted: true, source: 'widget' },
    ])
    expect(data.conversations).toHaveLength(1)
    expect(data.conversations[0]?.messages.map((m) => m.body)).toEqual([
      'Buty są za małe, chcę zwrócić.',
    ])
    expect(data.auditEntries.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'customers.customer.tagged',
        'customers.note.added',
        'customers.consent.granted',
      ]),
    )
    const html = renderCustomerExportHtml(data, 'pl')
    expect(html).toContain('Buty są za małe')
    expect(html).toContain('Stała klientka')
    const exported = await w.asSystem((ctx) =>
      ctx.trx
        .selectFrom('domainEvents')
        .select('actorLabel')
        .where('entityId', '=', customerId)
        .where('name', '=', 'customers.customer.exported')
        .execute(),
    )
    expect(exported).toEqual([{ actorLabel: 'Anna' }])
  })
})

describe('eraseCustomer', () => {
  // A module that must keep something by law, standing in for orders with invoices.
  const erasedBy: string[] = []
  const invoices: NamedCustomerData = {
    module: 'invoices',
    data: {
      async export() {
        return {}
      },
      async legalHolds() {
        return ['1 invoiced order until 2031-01-01']
      },
      async erase(_ctx, customerId) {
        erasedBy.push(customerId)
        return { kept: ['1 invoiced order until 2031-01-01'] }
      },
      async reassign() {
        return []
      },
      async restore() {},
    } satisfies CustomerDataProvider,
  }

  it('erases the person everywhere, keeps what legal holds demand and lists it', async () => {
    const { customerId, conversationId } = await customerWhoWrote('Mój adres to Długa 5, Kraków')
    const duplicate = await w.asSystem((ctx) =>
      insertCustomer(ctx, { name: 'Marta Z.', email: 'marta.z@example.com' }),
    )
    await w.inWorkspace(async (ctx) => {
      await mergeCustomers(ctx, customerId, duplicate, [])
      await addCustomerNote(ctx, customerId, 'Mieszka w Krakowie')
      await recordConsent(ctx, customerId, {
        purpose: 'marketing_sms',
        granted: true,
        source: 'widget',
      })
      await setCustomerTags(ctx, customerId, ['vip'])
      await ctx.trx
        .updateTable('customers')
        .set({ phone: '+48601234567', attributes: JSON.stringify({ street: 'Długa 5' }) })
        .where('id', '=', customerId)
        .execute()
    })
    const providers = [...customerDataProviders(runtime.modules), invoices]
    const wrong = await w
      .inWorkspace((ctx) => eraseCustomer(ctx, customerId, providers, 'someone else'))
      .catch((e) => e)
    expect(wrong).toMatchObject({ statusCode: 400, code: 'confirmation_mismatch' })
    const direct = await w
      .inWorkspace((ctx) => eraseCustomer(ctx, duplicate, providers, duplicate))
      .catch((e) => e)
    expect(direct).toMatchObject({ statusCode: 409, code: 'customer_merged' })

    const result = await w.inWorkspace((ctx) =>
      eraseCustomer(ctx, customerId, providers, ' marta zielińska '),
    )
    expect(result.erasedIds.sort()).toEqual([customerId, duplicate].sort())
    expect(result.legalHolds).toContain('invoices: 1 invoiced order until 2031-01-01')
    expect(result.kept).toContain('invoices: 1 invoiced order until 2031-01-01')
    expect(erasedBy).toContain(customerId)

    const rows = await w.asSystem((ctx) =>
      ctx.trx
        .selectFrom('customers')
        .select(['id', 'name', 'email', 'phone', 'attributes', 'erasedAt'])
        .where('id', 'in', [customerId, duplicate])
        .execute(),
    )
    for (const row of rows) {
      expect(row).toMatchObject({
        name: ANONYMISED_CUSTOMER_NAME,
        email: null,
        phone: null,
        attributes: {},
      })
      expect(row.erasedAt).not.toBeNull()
    }
    const leftovers = await w.asSystem(async (ctx) => ({
      identities: await ctx.trx
        .selectFrom('customerIdentities')
        .select('kind')
        .where('customerId', 'in', [customerId, duplicate])
        .execute(),
      notes: await ctx.trx
        .selectFrom('customerNotes')
        .select('id')
        .where('customerId', '=', customerId)
        .execute(),
      consents: await ctx.trx
        .selectFrom('customerConsents')
        .select('id')
        .where('customerId', '=', customerId)
        .execute(),
      tags: await ctx.trx
        .selectFrom('customerTags')
        .select('tagId')
        .where('customerId', '=', customerId)
        .execute(),
      merges: await ctx.trx
        .selectFrom('customerMerges')
        .select('id')
        .where('targetId', '=', customerId)
        .execute(),
    }))
    expect(leftovers).toEqual({ identities: [], notes: [], consents: [], tags: [], merges: [] })
    const conversation = await w.asSystem((ctx) =>
      ctx.trx
        .selectFrom('conversations')
        .select(['customerId', 'subject', 'preview'])
        .where('id', '=', conversationId)
        .executeTakeFirstOrThrow(),
    )
    expect(conversation).toEqual({ customerId: null, subject: null, preview: ERASED_MESSAGE_TEXT })
    const messages = await w.asSystem((ctx) =>
      ctx.trx
        .selectFrom('messages')
        .select(['bodyText', 'authorName', 'subject'])
        .where('conversationId', '=', conversationId)
        .execute(),
    )
    expect(messages).toEqual([{ bodyText: ERASED_MESSAGE_TEXT, authorName: null, subject: null }])
    const event = await w.asSystem((ctx) =>
      ctx.trx
        .selectFrom('domainEvents')
        .select('changes')
        .where('entityId', '=', customerId)
        .where('name', '=', 'customers.customer.erased')
        .executeTakeFirstOrThrow(),
    )
    expect(event.changes).toMatchObject({ kept: { to: result.kept } })
    const again = await w
      .inWorkspace((ctx) => eraseCustomer(ctx, customerId, providers, customerId))
      .catch((e) => e)
    expect(again).toMatchObject({ statusCode: 409, code: 'already_erased' })
  })
})
