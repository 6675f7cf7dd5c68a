import type { ServiceContext } from '../../../platform/context.js'
import { recordEvent } from '../../../platform/events/record-event.js'
import { badRequest } from '../../../platform/http/errors.js'
import { loadActiveCustomer } from './load-customer.js'
import { ensureTags, type Tag } from './tags.js'

const MAX_TAGS = 30

/** Replaces the customer's tags with `names` (created when new) and records what changed. */
export async function setCustomerTags(
  ctx: ServiceContext,
  customerId: string,
  names: string[],
): Promise<Tag[]> {
  const wanted = [...new Set(names.map((n) => n.trim()).filter(Boolean))]
  if (wanted.length > MAX_TAGS)
    throw badRequest('too_many_tags', `A customer has at most ${MAX_TAGS} tags.`)
  const tooLong = wanted.find((name) => name.length > 40)
  if (tooLong) throw badRequest('invalid_tag', `The tag "${tooLong}" is longer than 40 characters.`)
  await loadActiveCustomer(ctx, customerId, { lock: true })
  const before = await customerTagNames(ctx, customerId)
  const tags = await ensureTags(ctx, wanted)
  await ctx.trx.deleteFrom('customerTags').where('customerId', '=', customerId).execute()
  if (tags.length > 0)
    await ctx.trx
      .insertInto('customerTags')
      .values(tags.map((tag) => ({ workspaceId: ctx.workspaceId, customerId, tagId: tag.id })))
      .execute()
  const after = tags.map((tag) => tag.name)
  if (before.join('\n') !== after.join('\n'))
    await recordEvent(ctx, {
      name: 'customers.customer.tagged',
      entityType: 'customer',
      entityId: customerId,
      changes: { tags: { from: before, to: after } },
    })
  return tags
}

async function customerTagNames(ctx: ServiceContext, customerId: string): Promise<string[]> {
  const rows = await ctx.trx
    .selectFrom('customerTags')
    .innerJoin('tags', 'tags.id', 'customerTags.tagId')
    .select('tags.name')
    .where('customerTags.customerId', '=', customerId)
    .orderBy('tags.name')
    .execute()
  return rows.map((r) => r.name)
}
