import type { ServiceContext } from '../../../platform/context.js'
import { AppError } from '../../../platform/http/errors.js'
import type { EvidenceLanguage } from './pack-checklist.js'
import { packingSettings } from './packing-settings.js'

/** What the pack station shows after a scan: the order to pack, its checklist and earlier checks. */
export interface PackLookup {
  order: {
    id: string
    number: string
    externalId: string
    marketplace: string
    status: string
    buyerName: string | null
    items: { sku: string | null; name: string; quantity: number }[]
  }
  checklist: string[]
  previousChecks: number
  lastPackedAt: Date | null
}

/** Finds the order a packer scanned: by order number, marketplace id or a parcel's tracking number. */
export async function lookupOrderToPack(
  ctx: ServiceContext,
  scanned: string,
  language?: EvidenceLanguage,
): Promise<PackLookup> {
  const q = scanned.trim()
  // Labels print tracking numbers in groups; scanners and typists may keep the spaces.
  const tracking = q.replace(/\s+/g, '').toUpperCase()
  const order = await ctx.trx
    .selectFrom('orders')
    .select(['id', 'number', 'externalId', 'marketplace', 'status', 'buyerName'])
    .where((eb) =>
      eb.or([
        eb('number', '=', q),
        eb('externalId', '=', q),
        eb(
          'id',
          'in',
          eb.selectFrom('shipments').select('orderId').where('trackingNumber', '=', tracking),
        ),
      ]),
    )
    .orderBy('placedAt', 'desc')
    .limit(1)
    .executeTakeFirst()
  if (!order)
    throw new AppError(
      404,
      'order_not_found',
      `No order has the number, marketplace id or tracking number "${q}".`,
    )
  const items = await ctx.trx
    .selectFrom('orderItems')
    .select(['sku', 'name', 'quantity'])
    .where('orderId', '=', order.id)
    .orderBy('lineNo')
    .execute()
  const checks = await ctx.trx
    .selectFrom('packChecks')
    .select((eb) => [
      eb.fn.countAll<string>().as('count'),
      eb.fn.max('packedAt').as('lastPackedAt'),
    ])
    .where('orderId', '=', order.id)
    .executeTakeFirstOrThrow()
  const settings = await packingSettings(ctx, language)
  return {
    order: { ...order, items },
    checklist: settings.checklist,
    previousChecks: Number(checks.count),
    lastPackedAt: checks.lastPackedAt ?? null,
  }
}
