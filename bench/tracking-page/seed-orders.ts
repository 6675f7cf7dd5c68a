import type {
  CarrierCode,
  NormalizedOrder,
  OrderStatus,
  TrackingStatus,
} from '../../server/src/modules/orders/contract.js'
import { upsertOrders } from '../../server/src/modules/orders/service/import/upsert-orders.js'
import { systemActor } from '../../server/src/platform/context.js'
import type { Runtime } from '../../server/src/platform/runtime.js'
import { person } from '../lib/people.js'
import { BATCH } from './scale.js'

const HOUR = 3_600_000
const PRODUCTS = [
  ['Kawa Etiopia Yirgacheffe 250 g', 4900],
  ['Kawa Kolumbia Huila 1 kg', 12900],
  ['Drip Hario V60-02 ceramiczny', 11900],
  ['Filtry papierowe V60, 100 szt.', 1900],
  ['Młynek Comandante C40 MK4', 129900],
  ['Kubek z grawerem imienia', 6900],
] as const
const CITIES = ['Warszawa', 'Kraków', 'Łódź', 'Wrocław', 'Poznań', 'Gdańsk', 'Szczecin', 'Lublin']
const CARRIERS: [CarrierCode, number][] = [
  ['inpost', 0.45],
  ['dpd', 0.2],
  ['dhl', 0.1],
  ['gls', 0.1],
  ['poczta_polska', 0.1],
  ['orlen_paczka', 0.05],
]
// How far a parcel got, as the sequence of its scans.
const JOURNEY: TrackingStatus[] = [
  'info_received',
  'in_transit',
  'in_transit',
  'in_transit',
  'out_for_delivery',
  'delivered',
]

const pick = <T>(random: () => number, list: readonly T[]) =>
  list[Math.floor(random() * list.length)] as T

function carrierOf(random: () => number): CarrierCode {
  const r = random()
  let cumulative = 0
  for (const [carrier, share] of CARRIERS) {
    cumulative += share
    if (r < cumulative) return carrier
  }
  return 'inpost'
}

/** 10 % placed or paid, 55 % shipped, 30 % delivered, 5 % cancelled, like a month's orders. */
function statusOf(random: () => number): OrderStatus {
  const r = random()
  if (r < 0.05) return 'placed'
  if (r < 0.1) return 'paid'
  if (r < 0.65) return 'shipped'
  if (r < 0.95) return 'delivered'
  return 'cancelled_by_buyer'
}

function order(random: () => number, prefix: string, i: number, now: Date): NormalizedOrder {
  const buyer = person(random)
  const placedAt = new Date(now.getTime() - (2 + random() * 28 * 24) * HOUR)
  const lines = 1 + Math.floor(random() * 3)
  return {
    source: 'shop',
    externalId: `${prefix}-${i}`,
    number: `${prefix}-${10_000 + i}`,
    marketplace: 'shop',
    buyer: {
      name: `${buyer.first} ${buyer.last}`,
      email: buyer.email,
      phone: null,
      login: null,
      locale: random() < 0.85 ? 'pl-PL' : 'de-DE',
    },
    shippingAddress: {
      street: `ul. Długa ${1 + Math.floor(random() * 120)}`,
      city: pick(random, CITIES),
      postCode: '00-001',
      countryCode: 'PL',
    },
    currency: 'PLN',
    items: Array.from({ length: lines }, () => {
      const [name, price] = pick(random, PRODUCTS)
      return { name, quantity: 1 + Math.floor(random() * 3), unitPriceMinor: price }
    }),
    shippingMinor: 1499,
    status: statusOf(random),
    placedAt,
    paidAt: new Date(placedAt.getTime() + HOUR),
  }
}

/**
 * Seeds `count` orders through the import path (upsertOrders, 1,000 per transaction), then a
 * parcel with 1–6 scans for each shipped or delivered one, inserted in bulk. Returns the tokens.
 */
export async function seedOrders(
  runtime: Runtime,
  workspaceId: string,
  count: number,
  random: () => number,
  prefix: string,
): Promise<string[]> {
  const now = new Date()
  const tokens: string[] = []
  for (let start = 0; start < count; start += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, count - start) }, (_, k) =>
      order(random, prefix, start + k, now),
    )
    await runtime.inWorkspace({ workspaceId, actor: systemActor('bench') }, async (ctx) => {
      const result = await upsertOrders(ctx, batch, now)
      const rows = await ctx.trx
        .selectFrom('orders')
        .select(['id', 'status', 'trackingToken', 'placedAt'])
        .where(
          'id',
          'in',
          result.created.map((c) => c.id),
        )
        .execute()
      tokens.push(...rows.map((r) => r.trackingToken))
      const shipped = rows.filter((r) => r.status === 'shipped' || r.status === 'delivered')
      if (shipped.length === 0) return
      // Delivered orders' parcels made the whole journey; shipped ones are somewhere on it.
      const steps = new Map(
        shipped.map((r) => [
          r.id,
          r.status === 'delivered' ? JOURNEY.length : 1 + Math.floor(random() * 5),
        ]),
      )
      const parcels = await ctx.trx
        .insertInto('shipments')
        .values(
          shipped.map((r, k) => {
            const status = JOURNEY[(steps.get(r.id) as number) - 1] as TrackingStatus
            return {
              workspaceId,
              orderId: r.id,
              carrier: carrierOf(random),
              trackingNumber: `BENCH${prefix}${start + k}`.padEnd(16, '0'),
              status,
              statusAt: now,
              deliveredAt: status === 'delivered' ? now : null,
              createdAt: new Date(r.placedAt.getTime() + 20 * HOUR),
              updatedAt: now,
            }
          }),
        )
        .returning(['id', 'orderId', 'createdAt'])
        .execute()
      const scans = parcels.flatMap((p) =>
        JOURNEY.slice(0, steps.get(p.orderId)).map((status, s) => ({
          workspaceId,
          shipmentId: p.id,
          occurredAt: new Date(p.createdAt.getTime() + (s + 1) * 6 * HOUR),
          status,
          rawCode: `${status}-${s}`,
          location: s === 0 ? null : pick(random, CITIES),
          receivedVia: 'poll' as const,
        })),
      )
      for (let i = 0; i < scans.length; i += 5_000)
        await ctx.trx
          .insertInto('trackingEvents')
          .values(scans.slice(i, i + 5_000))
          .execute()
    })
  }
  return tokens
}
