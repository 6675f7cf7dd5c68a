import { sql } from 'kysely'
import type { Migration } from '../../../platform/db/migrations.js'

/** A notice is claimed (`sending`) before it is sent, so two workers running its job never both send it. */
export const notificationClaimsSchema: Migration = {
  id: 'orders/005-notification-claims',
  async up(trx) {
    await sql`alter table order_notifications drop constraint order_notifications_status_check`.execute(
      trx,
    )
    await sql`alter table order_notifications add constraint order_notifications_status_check
      check (status in ('scheduled','sending','sent','failed','skipped'))`.execute(trx)
    await sql`alter table order_notifications add column claimed_at timestamptz`.execute(trx)
  },
}
