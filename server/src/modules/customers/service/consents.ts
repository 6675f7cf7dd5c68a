import { sql } from 'kysely'
import type { ServiceContext } from '../../../platform/context.js'
import { recordEvent } from '../../../platform/events/record-event.js'
import { badRequest } from '../../../platform/http/errors.js'
import type { MarketingPurpose } from '../rules/marketing-consent.js'
import { loadActiveCustomer } from './load-customer.js'

/** What a customer may agree to receive; marketing by e-mail and by SMS are separate consents. */
export type ConsentPurpose = MarketingPurpose
/** Every consent purpose, as the customer_consents check constraint allows. */
export const CONSENT_PURPOSES: readonly ConsentPurpose[] = ['marketing_email', 'marketing_sms']

/** One recorded choice of the customer, kept as proof (GDPR art. 7(1)). */
export interface ConsentRecord {
  id: string
  purpose: ConsentPurpose
  granted: boolean
  source: string
  recordedBy: string
  recordedAt: Date
}

/**
 * Appends the customer's choice for a purpose. Records are never updated: withdrawing is a new
 * record with `granted: false` (GDPR art. 7(3) – withdrawing must be as easy as giving).
 */
export async function recordConsent(
  ctx: ServiceContext,
  customerId: string,
  input: { purpose: ConsentPurpose; granted: boolean; source: string },
): Promise<ConsentRecord> {
  if (!CONSENT_PURPOSES.includes(input.purpose))
    throw badRequest('invalid_purpose', `The purpose is one of ${CONSENT_PURPOSES.join(', ')}.`)
  const source = input.source.trim()
  if (source.length === 0 || source.length > 200)
    throw badRequest(
      'invalid_source',
      'Say where the choice was made (1–200 characters, e.g. "checkout form").',
    )
  await loadActiveCustomer(ctx, customerId)
  const record = await ctx.trx
    .insertInto('customerConsents')
    .values({
      workspaceId: ctx.workspaceId,
      customerId,
      purpose: input.purpose,
      granted: input.granted,
      source,
      recordedBy: ctx.actor.label,
      recordedAt: sql<Date>`clock_timestamp()`,
    })
    .returning(['id', 'purpose', 'granted', 'source', 'recordedBy', 'recordedAt'])
    .executeTakeFirstOrThrow()
  await recordEvent(ctx, {
    name: input.granted ? 'customers.consent.granted' : 'customers.consent.withdrawn',
    entityType: 'customer',
    entityId: customerId,
    changes: { [input.purpose]: { from: null, to: input.granted } },
  })
  return record
}

/** Every consent record of the customer, newest first. */
export async function consentHistory(
  ctx: ServiceContext,
  customerId: string,
): Promise<ConsentRecord[]> {
  return ctx.trx
    .selectFrom('customerConsents')
    .select(['id', 'purpose', 'granted', 'source', 'recordedBy', 'recordedAt'])
    .where('customerId', '=', customerId)
    .orderBy('recordedAt', 'desc')
    .orderBy('id', 'desc')
    .execute()
}

/**
 * The record in force per purpose of each customer, in one query: the latest, a withdrawal
 * winning a tie (rules/marketing-consent.ts latestConsent, GDPR art. 7(3)).
 */
export async function currentConsents(
  ctx: ServiceContext,
  customerIds: string[],
): Promise<Map<string, ConsentRecord[]>> {
  const result = new Map<string, ConsentRecord[]>()
  if (customerIds.length === 0) return result
  const rows = await ctx.trx
    .selectFrom('customerConsents')
    .distinctOn(['customerId', 'purpose'])
    .select(['customerId', 'id', 'purpose', 'granted', 'source', 'recordedBy', 'recordedAt'])
    .where('customerId', 'in', [...new Set(customerIds)])
    .orderBy('customerId')
    .orderBy('purpose')
    .orderBy('recordedAt', 'desc')
    .orderBy('granted')
    .execute()
  for (const { customerId, ...record } of rows) {
    const list = result.get(customerId) ?? []
    list.push(record)
    result.set(customerId, list)
  }
  return result
}

/**
 * Which of the customers may receive marketing for `purpose`, in one query, as
 * rules/marketing-consent.ts canSendMarketing decides: the latest record wins (a withdrawal on a
 * tie) and no record means no (Prawo komunikacji elektronicznej art. 398–399; GDPR art. 4(11), 7).
 */
export async function marketingAllowed(
  ctx: ServiceContext,
  customerIds: string[],
  purpose: ConsentPurpose,
): Promise<Set<string>> {
  if (customerIds.length === 0) return new Set()
  const current = await ctx.trx
    .selectFrom('customerConsents')
    .distinctOn('customerId')
    .select(['customerId', 'granted'])
    .where('customerId', 'in', [...new Set(customerIds)])
    .where('purpose', '=', purpose)
    .orderBy('customerId')
    .orderBy('recordedAt', 'desc')
    .orderBy('granted')
    .execute()
  return new Set(current.filter((row) => row.granted).map((row) => row.customerId))
}
