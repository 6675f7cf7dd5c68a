import type { ServiceContext } from '../../../platform/context.js'
import { diffFields, recordEvent } from '../../../platform/events/record-event.js'
import { badRequest } from '../../../platform/http/errors.js'
import { changedAttributes } from './customer-attributes.js'
import { identityValue } from './identities.js'
import { customerIdentitiesChanged } from './identities-changed.js'
import { loadActiveCustomer } from './load-customer.js'
import { personalChanges } from './personal-changes.js'

/** What an agent may change on a customer; null clears a field, absent leaves it. */
export interface CustomerChange {
  name?: string | null
  email?: string | null
  phone?: string | null
  /** BCP 47 language or language-region ('pl', 'de-AT'): the language we write to them in. */
  locale?: string | null
  /** A string sets the attribute, null removes it; others stay. */
  attributes?: Record<string, string | null>
}

const LOCALE = /^[a-z]{2,3}(?:-[A-Z]{2})?$/

/**
 * Changes a customer's contact details, language or attributes and records what changed; a new
 * e-mail, phone or post code queues a duplicate search.
 */
export async function updateCustomer(
  ctx: ServiceContext,
  id: string,
  change: CustomerChange,
): Promise<void> {
  const before = await loadActiveCustomer(ctx, id, { lock: true })
  const next: {
    name?: string | null
    email?: string | null
    phone?: string | null
    locale?: string | null
  } = {}
  if (change.name !== undefined) {
    const name = change.name?.trim() || null
    if (name && name.length > 200)
      throw badRequest('invalid_name', 'A name is at most 200 characters long.')
    next.name = name
  }
  if (change.email !== undefined)
    next.email = change.email?.trim() ? identityValue('email', change.email) : null
  if (change.phone !== undefined)
    next.phone = change.phone?.trim() ? identityValue('phone', change.phone) : null
  if (change.locale !== undefined) {
    if (change.locale !== null && !LOCALE.test(change.locale))
      throw badRequest('invalid_locale', "The language looks like 'pl' or 'de-AT'.")
    next.locale = change.locale
  }
  const changes = diffFields(before as unknown as Record<string, unknown>, next)
  const attributes = change.attributes
    ? changedAttributes(before.attributes, change.attributes)
    : before.attributes
  if (!sameAttributes(attributes, before.attributes))
    changes.attributes = { from: before.attributes, to: attributes }
  if (Object.keys(changes).length === 0) return
  await ctx.trx
    .updateTable('customers')
    .set({ ...next, attributes: JSON.stringify(attributes), updatedAt: new Date() })
    .where('id', '=', id)
    .execute()
  await recordEvent(ctx, {
    name: 'customers.customer.updated',
    entityType: 'customer',
    entityId: id,
    changes: personalChanges(changes),
  })
  const postCodeChanged = before.attributes.post_code !== attributes.post_code
  if (changes.email || changes.phone || changes.name || postCodeChanged)
    await customerIdentitiesChanged(ctx, [id])
}

function sameAttributes(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key])
}
