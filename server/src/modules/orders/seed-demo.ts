import { systemActor } from '../../platform/context.js'
import type { DemoWorkspace } from '../../platform/module.js'
import type { Runtime } from '../../platform/runtime.js'
import { watchOrders } from './jobs/watch-orders.js'
import { normalizeTrackingStatus } from './rules/carriers/index.js'
import { DEMO_ORDERS, DEMO_PRODUCTS, demoOrder } from './seed-demo-orders.js'
import { refreshCustomerMetrics } from './service/apply-orders.js'
import { upsertOrders } from './service/import/upsert-orders.js'
import { updateOrderSettings } from './service/settings/update-order-settings.js'
import { recordTrackingUpdates } from './service/shipments/record-tracking.js'

const DAY = 86_400_000

/** The demo shop's products, orders with parcels and scans, and the alerts they raise. */
export async function seedOrdersDemo(runtime: Runtime, demo: DemoWorkspace): Promise<void> {
  const now = new Date()
  const scope = { workspaceId: demo.workspaceId, actor: systemActor('seed-demo') }
  await runtime.inWorkspace(scope, async (ctx) => {
    // The demo mailbox is paused (no real SMTP), so customer e-mails stay off until it is set up.
    await updateOrderSettings(ctx, runtime.secrets, {
      shopName: 'Kraina Kawy',
      accentColor: '#9a3412',
      replyToEmail: 'sklep@krainakawy.pl',
      notifyEmail: false,
      proactiveMessages: false,
    })
    await ctx.trx
      .insertInto('products')
      .values(
        DEMO_PRODUCTS.map((p) => ({
          workspaceId: ctx.workspaceId,
          sku: p.sku,
          name: p.name,
          stock: p.stock,
          availabilityText: p.stock > 0 ? 'Wysyłka w 24 h' : 'Na zamówienie, wysyłka do 7 dni',
          flags: p.flags ?? [],
        })),
      )
      .onConflict((oc) => oc.columns(['workspaceId', 'sku']).doNothing())
      .execute()
    const result = await upsertOrders(
      ctx,
      DEMO_ORDERS.map((o) => demoOrder(o, now)),
      now,
    )
    await refreshCustomerMetrics(ctx, result)
    await recordTrackingUpdates(
      ctx,
      DEMO_ORDERS.flatMap((o) =>
        o.parcel
          ? [
              {
                carrier: 'inpost' as const,
                trackingNumber: o.parcel.number,
                events: o.parcel.scans.map(([code, daysAgo]) => ({
                  occurredAt: new Date(now.getTime() - daysAgo * DAY),
                  status: normalizeTrackingStatus('inpost', code) ?? 'in_transit',
                  rawCode: code,
                  rawDescription: null,
                  location: null,
                })),
              },
            ]
          : [],
      ),
      'source',
      now,
    )
  })
  await watchOrders(runtime, now, { workspaceId: demo.workspaceId })
}
