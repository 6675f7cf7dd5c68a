import type { ServiceContext } from '../../../platform/context.js'
import { recordEvent } from '../../../platform/events/record-event.js'
import type { CustomerExport } from '../rules/customer-export.js'
import { consentHistory } from './consents.js'
import type { NamedCustomerData } from './customer-data-providers.js'
import { listIdentities } from './identities.js'
import { loadCustomer } from './load-customer.js'

// The sections other modules fill (orders, conversations, returns, reviews); any other section
// a provider returns is added to the JSON as it is.
const PROVIDED = ['orders', 'conversations', 'returns', 'reviews'] as const

/**
 * Everything held about a customer, for an access or portability request (GDPR art. 15, 20):
 * the profile, identities, every consent record, notes, tags, attributes, each module's
 * sections and the audit log of this customer. Records who exported it.
 */
export async function exportCustomer(
  ctx: ServiceContext,
  id: string,
  providers: readonly NamedCustomerData[],
  now = new Date(),
): Promise<CustomerExport & Record<string, unknown>> {
  const customer = await loadCustomer(ctx, id)
  const workspace = await ctx.trx
    .selectFrom('workspaces')
    .select('name')
    .where('id', '=', ctx.workspaceId)
    .executeTakeFirstOrThrow()
  const identities = await listIdentities(ctx, id)
  const consents = await consentHistory(ctx, id)
  const notes = await ctx.trx
    .selectFrom('customerNotes')
    .select(['createdAt', 'authorLabel', 'text'])
    .where('customerId', '=', id)
    .orderBy('createdAt')
    .execute()
  const tags = await ctx.trx
    .selectFrom('customerTags')
    .innerJoin('tags', 'tags.id', 'customerTags.tagId')
    .select('tags.name')
    .where('customerTags.customerId', '=', id)
    .orderBy('tags.name')
    .execute()
  const sections: Record<string, unknown[]> = Object.fromEntries(PROVIDED.map((s) => [s, []]))
  for (const { data } of providers)
    for (const [section, value] of Object.entries(await data.export(ctx, id)))
      sections[section] = [
        ...(sections[section] ?? []),
        ...(Array.isArray(value) ? value : [value]),
      ]
  // Read after the providers so that the export's own audit entry is not in it.
  const events = await ctx.trx
    .selectFrom('domainEvents')
    .select(['createdAt', 'actorLabel', 'name', 'changes'])
    .where('entityType', '=', 'customer')
    .where('entityId', '=', id)
    .orderBy('id')
    .execute()
  const exported = {
    ...sections,
    generatedAt: now.toISOString(),
    controller: { name: workspace.name, contactEmail: null },
    profile: {
      id: customer.id,
      name: customer.name,
      email: customer.email,
      phone: customer.phone,
      locale: customer.locale,
      createdAt: customer.createdAt.toISOString(),
      updatedAt: customer.updatedAt.toISOString(),
    },
    identities: identities.map((i) => ({ ...i, createdAt: i.createdAt.toISOString() })),
    consents: consents.map((c) => ({
      purpose: c.purpose,
      granted: c.granted,
      recordedAt: c.recordedAt.toISOString(),
      source: c.source,
    })),
    notes: notes.map((n) => ({
      createdAt: n.createdAt.toISOString(),
      author: n.authorLabel,
      body: n.text,
    })),
    tags: tags.map((t) => t.name),
    attributes: customer.attributes,
    auditEntries: events.map((e) => ({
      at: e.createdAt.toISOString(),
      actor: e.actorLabel,
      action: e.name,
      detail: Object.keys(e.changes).length > 0 ? JSON.stringify(e.changes) : null,
    })),
  } as CustomerExport & Record<string, unknown>
  await recordEvent(ctx, {
    name: 'customers.customer.exported',
    entityType: 'customer',
    entityId: id,
  })
  return exported
}

/** The export's language: Polish for Polish-speaking customers, English otherwise. */
export function exportLocaleOf(customerLocale: string | null): 'pl' | 'en' {
  return customerLocale?.toLowerCase().startsWith('pl') ? 'pl' : 'en'
}
