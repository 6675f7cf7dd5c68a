import { randomUUID } from 'node:crypto'
import { systemActor } from '../../../../platform/context.js'
import type { Runtime } from '../../../../platform/runtime.js'
import type { CarrierCode, NormalizedOrder, TrackingStatus } from '../../contract.js'
import { upsertOrders } from '../import/upsert-orders.js'

const HOUR = 3_600_000

/** A parcel to seed: its carrier, status and scans as [status, hours ago, location]. */
export interface SeedParcel {
  carrier: CarrierCode | null
  trackingNumber?: string
  expectedDeliveryAt?: Date | null
  scans: [status: TrackingStatus, hoursAgo: number, location: string | null][]
}

/** A buyer's details that must never reach the public page. */
export const PRIVATE_BUYER = {
  name: 'Katarzyna Zielińska',
  email: 'k.zielinska.private@example.pl',
  phone: '+48 601 234 567',
  street: 'ul. Ogrodowa 17/4',
  postCode: '61-821',
  login: 'kasia_z_poznania',
}

/**
 * Seeds one order of the demo coffee shop through the import path (upsertOrders), then its
 * parcels and scans directly; returns the order's id, number and tracking token.
 */
export async function seedTrackedOrder(
  runtime: Runtime,
  workspaceId: string,
  options: {
    status?: NormalizedOrder['status']
    locale?: string | null
    parcels?: SeedParcel[]
    email?: string | null
    country?: string
    now?: Date
  } = {},
): Promise<{ orderId: string; number: string; token: string }> {
  const now = options.now ?? new Date()
  const number = `KK-${Math.floor(10_000 + Math.random() * 89_999)}-${randomUUID().slice(0, 4)}`
  const order: NormalizedOrder = {
    source: 'shop',
    externalId: randomUUID(),
    number,
    marketplace: 'shop',
    buyer: {
      name: PRIVATE_BUYER.name,
      email: options.email === undefined ? PRIVATE_BUYER.email : options.email,
      phone: PRIVATE_BUYER.phone,
      login: PRIVATE_BUYER.login,
      locale: options.locale === undefined ? 'pl-PL' : options.locale,
    },
    shippingAddress: {
      name: PRIVATE_BUYER.name,
      street: PRIVATE_BUYER.street,
      city: 'Poznań',
      postCode: PRIVATE_BUYER.postCode,
      countryCode: options.country ?? 'PL',
      phone: PRIVATE_BUYER.phone,
    },
    currency: 'PLN',
    items: [
      {
        sku: 'KAWA-ETI-250',
        name: 'Kawa Etiopia Yirgacheffe 250 g',
        quantity: 2,
        unitPriceMinor: 4900,
      },
      {
        sku: 'DRIP-V60-02',
        name: 'Drip Hario V60-02 ceramiczny',
        quantity: 1,
        unitPriceMinor: 11900,
      },
    ],
    shippingMinor: 1499,
    status: options.status ?? 'shipped',
    placedAt: new Date(now.getTime() - 72 * HOUR),
    paidAt: new Date(now.getTime() - 71 * HOUR),
  }
  return runtime.inWorkspace({ workspaceId, actor: systemActor('test') }, async (ctx) => {
    const result = await upsertOrders(ctx, [order], now)
    const orderId = (result.created[0] ?? result.updated[0])?.id as string
    for (const [i, parcel] of (options.parcels ?? []).entries()) {
      const latest = [...parcel.scans].sort((a, b) => a[1] - b[1])[0]
      const shipment = await ctx.trx
        .insertInto('shipments')
        .values({
          workspaceId,
          orderId,
          carrier: parcel.carrier,
          trackingNumber: parcel.trackingNumber ?? `62014589320145783600${1000 + i}`,
          status: latest?.[0] ?? null,
          statusAt: latest ? new Date(now.getTime() - latest[1] * HOUR) : null,
          expectedDeliveryAt: parcel.expectedDeliveryAt ?? null,
          createdAt: new Date(now.getTime() - (60 - i) * HOUR),
          updatedAt: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      if (parcel.scans.length > 0)
        await ctx.trx
          .insertInto('trackingEvents')
          .values(
            parcel.scans.map(([status, hoursAgo, location], k) => ({
              workspaceId,
              shipmentId: shipment.id,
              occurredAt: new Date(now.getTime() - hoursAgo * HOUR),
              status,
              rawCode: `${status}-${k}`,
              location,
              receivedVia: 'poll' as const,
            })),
          )
          .execute()
    }
    // The import dates "shipped" at import time; a seller ships before the first scan.
    const firstScan = Math.max(
      0,
      ...(options.parcels ?? []).flatMap((p) => p.scans.map((s) => s[1])),
    )
    if (firstScan > 0) {
      const shippedAt = new Date(now.getTime() - (firstScan + 1) * HOUR)
      await ctx.trx.updateTable('orders').set({ shippedAt }).where('id', '=', orderId).execute()
      await ctx.trx
        .updateTable('orderStatusEvents')
        .set({ occurredAt: shippedAt })
        .where('orderId', '=', orderId)
        .where('status', '=', 'shipped')
        .execute()
    }
    const row = await ctx.trx
      .selectFrom('orders')
      .select('trackingToken')
      .where('id', '=', orderId)
      .executeTakeFirstOrThrow()
    return { orderId, number, token: row.trackingToken }
  })
}

/** Sets the seller's branding on the tracking page. */
export async function brandTrackingPage(
  runtime: Runtime,
  workspaceId: string,
  branding: {
    shopName?: string
    accentColor?: string
    logoUrl?: string | null
    replyToEmail?: string | null
  },
): Promise<void> {
  await runtime.inWorkspace({ workspaceId, actor: systemActor('test') }, (ctx) =>
    ctx.trx
      .insertInto('orderSettings')
      .values({ workspaceId, ...branding, updatedAt: new Date() })
      .onConflict((oc) => oc.column('workspaceId').doUpdateSet({ ...branding }))
      .execute(),
  )
}
