import { sql } from 'kysely'
import { systemActor } from '../../../platform/context.js'
import type { JobDefinition } from '../../../platform/jobs/job-queue.js'
import type { Runtime } from '../../../platform/runtime.js'
import type { OrderStatus, TrackingStatus } from '../contract.js'
import { noScanAlert, shipByAlert } from '../rules/order-alerts.js'
import { loadOrderSettings } from '../service/settings/order-settings.js'
import { raiseOrderAlerts, resolveOrderAlerts } from '../service/shipments/order-alerts.js'

// The widest settings allow (168 h warning, 1 day without scans) bound the candidate queries.
const MAX_WARNING_HOURS = 168
const MIN_NO_SCAN_DAYS = 1

/** Every ten minutes: raises ship-by and no-scan alerts before customers notice the problem. */
export function watchOrdersJob(runtime: Runtime): JobDefinition {
  return {
    queue: 'orders.watch-orders',
    cron: '*/10 * * * *',
    retryLimit: 0,
    async handle() {
      await watchOrders(runtime)
    },
  }
}

/** Checks open orders and quiet parcels in every workspace; returns how many alerts it raised. */
export async function watchOrders(
  runtime: Runtime,
  now = new Date(),
  only?: { workspaceId: string },
): Promise<number> {
  const horizon = new Date(now.getTime() + MAX_WARNING_HOURS * 3600_000)
  const quietSince = new Date(now.getTime() - MIN_NO_SCAN_DAYS * 86_400_000)
  const workspaces = await sql<{ workspaceId: string }>`
    select distinct workspace_id as "workspaceId" from orders
    where status in ('placed', 'paid', 'ready_to_ship') and ship_by < ${horizon}
      ${only ? sql`and workspace_id = ${only.workspaceId}` : sql``}
    union
    select distinct workspace_id from shipments
    where coalesce(status, 'info_received') not in ('delivered', 'returned_to_sender')
      and coalesce(last_scan_at, created_at) < ${quietSince}
      ${only ? sql`and workspace_id = ${only.workspaceId}` : sql``}`.execute(runtime.database.db)
  let raised = 0
  for (const { workspaceId } of workspaces.rows)
    raised += await runtime.inWorkspace(
      { workspaceId, actor: systemActor('Order watch') },
      async (ctx) => {
        const settings = await loadOrderSettings(ctx)
        const open = await sql<{
          id: string
          status: OrderStatus
          shipBy: Date
          hasShipment: boolean
        }>`
          select o.id, o.status, o.ship_by as "shipBy",
            exists (select 1 from shipments s where s.order_id = o.id) as "hasShipment"
          from orders o where o.status in ('placed', 'paid', 'ready_to_ship') and o.ship_by < ${horizon}`.execute(
          ctx.trx,
        )
        const quiet = await sql<{
          id: string
          orderId: string
          status: TrackingStatus | null
          lastScanAt: Date | null
          createdAt: Date
        }>`select id, order_id as "orderId", status, last_scan_at as "lastScanAt", created_at as "createdAt"
          from shipments where coalesce(status, 'info_received') not in ('delivered', 'returned_to_sender')
            and coalesce(last_scan_at, created_at) < ${quietSince}`.execute(ctx.trx)
        const alerts = [
          ...open.rows.flatMap((o) => {
            const verdict = shipByAlert(o, settings.shipByWarningHours, now)
            return verdict ? [{ ...verdict, orderId: o.id, shipmentId: null }] : []
          }),
          ...quiet.rows.flatMap((s) => {
            const verdict = noScanAlert(s, settings.noScanDays, now)
            return verdict ? [{ ...verdict, orderId: s.orderId, shipmentId: s.id }] : []
          }),
        ]
        // An order past its deadline is no longer merely "at risk".
        const missed = alerts.filter((a) => a.kind === 'ship_by_missed').map((a) => a.orderId)
        await resolveOrderAlerts(ctx, missed, ['ship_by_at_risk'], now)
        await sql`update order_alerts a set resolved_at = ${now} from orders o
          where a.order_id = o.id and a.resolved_at is null
            and a.kind in ('ship_by_at_risk', 'ship_by_missed')
            and o.status not in ('placed', 'paid', 'ready_to_ship')`.execute(ctx.trx)
        return raiseOrderAlerts(ctx, alerts, now)
      },
    )
  return raised
}
