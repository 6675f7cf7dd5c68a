import type { ServiceContext } from '../../../platform/context.js'
import { recordEvent } from '../../../platform/events/record-event.js'
import { badRequest, conflict } from '../../../platform/http/errors.js'
import { normalizeEmail } from '../rules/email-address.js'
import { normalizePhone } from '../rules/phone-number.js'
import { customerIdentitiesChanged } from './identities-changed.js'
import { loadActiveCustomer } from './load-customer.js'
import { PERSONAL_VALUE } from './personal-changes.js'

/** Where a customer is known: an e-mail, a phone, a marketplace login, a widget visitor id. */
export interface CustomerIdentity {
  kind: string
  externalId: string
  createdAt: Date
}

// Same rule as the column's check constraint (customers/001-initial), answered as a 400.
const KIND = /^[a-z_]{2,20}$/

/** The customer's identities, by kind then value. */
export async function listIdentities(
  ctx: ServiceContext,
  customerId: string,
): Promise<CustomerIdentity[]> {
  return ctx.trx
    .selectFrom('customerIdentities')
    .select(['kind', 'externalId', 'createdAt'])
    .where('customerId', '=', customerId)
    .orderBy('kind')
    .orderBy('externalId')
    .execute()
}

/**
 * The value as it is stored for its kind: e-mails lower-cased (subaddress kept, the matching
 * rules fold it), phones in E.164 read in the workspace's default country; others trimmed.
 */
export function identityValue(kind: string, raw: string): string {
  const value = raw.trim()
  if (kind === 'email') {
    const email = normalizeEmail(value)
    if (!email) throw badRequest('invalid_email', `"${value}" is not an e-mail address.`)
    return email.address
  }
  if (kind === 'phone') {
    const phone = normalizePhone(value, 'PL')
    if (!phone)
      throw badRequest(
        'invalid_phone',
        `"${value}" is not a phone number (write it with its country code, e.g. +49 30 1234567).`,
      )
    return phone
  }
  if (value.length === 0 || value.length > 500)
    throw badRequest('invalid_identity', 'An identity is 1 to 500 characters long.')
  return value
}

/**
 * Adds an identity to the customer; a 409 names the customer who already has it (merge them
 * instead). Adding one the customer already has changes nothing. Queues a match run.
 */
export async function addIdentity(
  ctx: ServiceContext,
  customerId: string,
  input: { kind: string; externalId: string },
): Promise<CustomerIdentity> {
  if (!KIND.test(input.kind))
    throw badRequest('invalid_identity_kind', 'The kind is 2–20 lower-case letters or "_".')
  await loadActiveCustomer(ctx, customerId)
  const externalId = identityValue(input.kind, input.externalId)
  const holder = await ctx.trx
    .selectFrom('customerIdentities')
    .innerJoin('customers', 'customers.id', 'customerIdentities.customerId')
    .select(['customers.id', 'customers.name', 'customerIdentities.createdAt'])
    .where('customerIdentities.kind', '=', input.kind)
    .where('customerIdentities.externalId', '=', externalId)
    .executeTakeFirst()
  if (holder && holder.id !== customerId)
    throw conflict(
      'identity_taken',
      `${input.kind} "${externalId}" belongs to customer ${holder.name ?? '(no name)'} (${holder.id}); merge the two customers instead.`,
    )
  if (holder) return { kind: input.kind, externalId, createdAt: holder.createdAt }
  const row = await ctx.trx
    .insertInto('customerIdentities')
    .values({ workspaceId: ctx.workspaceId, customerId, kind: input.kind, externalId })
    .returning(['kind', 'externalId', 'createdAt'])
    .executeTakeFirstOrThrow()
  await recordEvent(ctx, {
    name: 'customers.identity.added',
    entityType: 'customer',
    entityId: customerId,
    changes: { [input.kind]: { from: null, to: PERSONAL_VALUE } },
  })
  await customerIdentitiesChanged(ctx, [customerId])
  return row
}
