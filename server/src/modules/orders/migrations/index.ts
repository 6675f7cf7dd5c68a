import { sql } from 'kysely'
import type { Migration } from '../../../platform/db/migrations.js'
import { isolateByWorkspace } from '../../../platform/db/row-security.js'
import { ordersSchema } from './001-orders.js'
import { shipmentsSchema } from './002-shipments.js'
import { followUpSchema } from './003-follow-up.js'
import { notificationClaimsSchema } from './005-notification-claims.js'

const TABLES = [
  'products',
  'orders',
  'order_items',
  'order_status_events',
  'shipments',
  'tracking_events',
  'order_settings',
  'order_notifications',
  'order_alerts',
  'import_runs',
  'order_sync_state',
]

/** The orders module's schema: orders, shipments, tracking, notifications, alerts and imports. */
export const orderMigrations = (appRole: string): Migration[] => [
  ordersSchema,
  shipmentsSchema,
  followUpSchema,
  {
    id: 'orders/004-row-security',
    async up(trx) {
      for (const table of TABLES) await isolateByWorkspace(trx, table, appRole)
      // The public tracking page knows only the token: this finds its workspace (and nothing
      // else) with the owner's rights, after which the request runs under row-level security.
      await sql`create function order_workspace_by_tracking_token(token text) returns uuid
        language sql stable security definer set search_path = public
        as $$ select workspace_id from orders where tracking_token = token $$`.execute(trx)
      await sql`revoke all on function order_workspace_by_tracking_token(text) from public`.execute(
        trx,
      )
      await sql`grant execute on function order_workspace_by_tracking_token(text) to ${sql.id(appRole)}`.execute(
        trx,
      )
    },
  },
  notificationClaimsSchema,
]
