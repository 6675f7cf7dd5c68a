import type { ServiceContext } from '../../../platform/context.js'
import { badRequest, notFound } from '../../../platform/http/errors.js'
import { workspaceTimeZone } from '../../identity/index.js'
import type { ProductFlag } from '../../orders/index.js'
import { civilDate } from '../../orders/index.js'
import { evaluateCase, evaluateWithdrawalBeforeDelivery } from '../rules/index.js'
import type { CaseEvaluation, CaseFacts } from '../rules/types.js'
import type { NewCaseInput } from './case-input.js'
import { loadReturnSettings, programmeFor, type ReturnSettings } from './return-settings.js'

/** A case line resolved against the order (or described, for orders Aftersale does not hold). */
export interface ResolvedItem {
  orderItemId: string | null
  sku: string
  name: string
  quantity: number
  unitPriceMinor: number
  flags: ProductFlag[]
  unsealed: boolean
}

/** The order a case is about, as far as the case needs it. */
export interface CaseOrder {
  id: string
  number: string
  marketplace: string
  source: string
  customerId: string | null
  buyerName: string | null
  buyerEmail: string | null
  locale: string | null
  currency: string
  shippingMinor: number
  placedOn: string
}

/** Everything the engine and the case row need, gathered in a fixed number of queries. */
export interface GatheredFacts {
  facts: CaseFacts
  order: CaseOrder | null
  items: ResolvedItem[]
  deliveredOn: string | null
  requestedOn: string
  settings: ReturnSettings
  zone: string
}

/** Loads the order, its lines and deliveries and the return settings, and states the case's facts for the engine. */
export async function gatherCaseFacts(
  ctx: ServiceContext,
  input: NewCaseInput,
): Promise<GatheredFacts> {
  const zone = await workspaceTimeZone(ctx)
  const settings = await loadReturnSettings(ctx)
  const requestedAt = input.requestedAt ?? new Date()
  const requestedOn = civilDate(requestedAt, zone)
  const order = input.orderId ? await loadOrder(ctx, input.orderId, zone) : null
  if (input.orderId && !order) throw notFound('The order')
  const items = order ? await resolveOrderItems(ctx, order.id, input) : describedItems(input)
  const deliveries = order ? await deliveryDays(ctx, order.id, zone) : []
  const deliveredOn = deliveries.at(-1) ?? null
  const facts: CaseFacts = {
    kind: input.kind,
    buyer: input.buyerType ?? 'consumer',
    country: 'PL',
    deliveries,
    requestedAt: requestedOn,
    informedOfWithdrawalRight: input.informedOfWithdrawalRight ?? settings.informsOfWithdrawalRight,
    sellerReturnDays: settings.sellerReturnDays,
    orderedAt: order?.placedOn ?? null,
    items: items.map((item) => ({ sku: item.sku, flags: item.flags, unsealed: item.unsealed })),
    programme: programmeFor(settings, order?.marketplace ?? null),
  }
  return { facts, order, items, deliveredOn, requestedOn, settings, zone }
}

/**
 * The engine's answer for gathered facts. Before delivery a buyer may already withdraw (art. 27
 * counts from taking possession, which has not begun); a complaint without a recorded delivery is
 * counted from the request, the earliest day the goods were surely in hand.
 */
export function evaluateGathered(gathered: GatheredFacts): CaseEvaluation {
  const { facts } = gathered
  if (facts.deliveries.length > 0) return evaluateCase(facts)
  if (facts.kind === 'withdrawal') return evaluateWithdrawalBeforeDelivery(facts)
  return evaluateCase({ ...facts, deliveries: [facts.requestedAt] })
}

async function loadOrder(ctx: ServiceContext, orderId: string, zone: string) {
  const row = await ctx.trx
    .selectFrom('orders')
    .select([
      'id',
      'number',
      'marketplace',
      'source',
      'customerId',
      'buyerName',
      'buyerEmail',
      'locale',
      'currency',
      'shippingMinor',
      'placedAt',
    ])
    .where('id', '=', orderId)
    .executeTakeFirst()
  if (!row) return null
  return {
    ...row,
    shippingMinor: Number(row.shippingMinor),
    placedOn: civilDate(row.placedAt, zone),
  }
}

async function resolveOrderItems(
  ctx: ServiceContext,
  orderId: string,
  input: NewCaseInput,
): Promise<ResolvedItem[]> {
  const lines = await ctx.trx
    .selectFrom('orderItems')
    .select(['id', 'sku', 'name', 'quantity', 'unitPriceMinor', 'flags'])
    .where('orderId', '=', orderId)
    .orderBy('lineNo')
    .execute()
  if (input.items.length === 0) throw badRequest('no_items', 'items: choose at least one item')
  const seen = new Set<string>()
  return input.items.map((wanted, index) => {
    const line = lines.find((l) => l.id === wanted.orderItemId)
    if (!line)
      throw badRequest('unknown_item', `items[${index}].orderItemId is not a line of this order`)
    if (seen.has(line.id))
      throw badRequest('duplicate_item', `items[${index}].orderItemId is listed twice`)
    seen.add(line.id)
    if (
      !Number.isInteger(wanted.quantity) ||
      wanted.quantity < 1 ||
      wanted.quantity > line.quantity
    )
      throw badRequest(
        'bad_quantity',
        `items[${index}].quantity must be between 1 and ${line.quantity}`,
      )
    return {
      orderItemId: line.id,
      sku: line.sku ?? `line-${index + 1}`,
      name: line.name,
      quantity: wanted.quantity,
      unitPriceMinor: Number(line.unitPriceMinor),
      flags: line.flags,
      unsealed: wanted.unsealed ?? false,
    }
  })
}

function describedItems(input: NewCaseInput): ResolvedItem[] {
  if (input.items.length === 0) throw badRequest('no_items', 'items: name at least one item')
  return input.items.map((item, index) => {
    if (!item.name?.trim())
      throw badRequest('missing_name', `items[${index}].name is required without an order`)
    if (!Number.isInteger(item.quantity) || item.quantity < 1)
      throw badRequest('bad_quantity', `items[${index}].quantity must be a whole number ≥ 1`)
    return {
      orderItemId: null,
      sku: item.sku?.trim() || `item-${index + 1}`,
      name: item.name.trim(),
      quantity: item.quantity,
      unitPriceMinor: Math.max(0, Math.round(item.unitPriceMinor ?? 0)),
      flags: [],
      unsealed: item.unsealed ?? false,
    }
  })
}

/** The days the buyer took possession of each parcel (or of the order, without parcels), ascending. */
async function deliveryDays(ctx: ServiceContext, orderId: string, zone: string): Promise<string[]> {
  const rows = await ctx.trx
    .selectFrom('shipments')
    .select('deliveredAt')
    .where('orderId', '=', orderId)
    .where('deliveredAt', 'is not', null)
    .union(
      ctx.trx
        .selectFrom('orders')
        .select('deliveredAt')
        .where('id', '=', orderId)
        .where('deliveredAt', 'is not', null),
    )
    .execute()
  const days = rows.flatMap((row) => (row.deliveredAt ? [civilDate(row.deliveredAt, zone)] : []))
  return [...new Set(days)].sort()
}
