import type { AppModule } from '../../platform/module.js'
import { importFileJob } from './jobs/import-file.js'
import { pollTrackingJob } from './jobs/poll-tracking.js'
import { pushShipmentJob } from './jobs/push-shipment.js'
import { sendNotificationJob } from './jobs/send-notification.js'
import { syncAllegroOrdersJob } from './jobs/sync-allegro-orders.js'
import { watchOrdersJob } from './jobs/watch-orders.js'
import { orderMigrations } from './migrations/index.js'
import { registerOrdersRoutes } from './routes/index.js'
import { seedOrdersDemo } from './seed-demo.js'
import { ordersCustomerData } from './service/customer-data.js'

export * from './contract.js'
export * from './customer-pages.js'
export { pollDueShipments } from './jobs/poll-tracking.js'
export { syncAllAllegroOrders, syncAllegroOrders } from './jobs/sync-allegro-orders.js'
export { watchOrders } from './jobs/watch-orders.js'
export { applyOrders } from './service/apply-orders.js'
export {
  PermanentNotificationError,
  sendWorkspaceMail,
  type WorkspaceMail,
} from './service/notifications/workspace-mail.js'
export { loadOrderSettings, type OrderSettings } from './service/settings/order-settings.js'
export { addShipment } from './service/shipments/add-shipment.js'
export { recordTrackingUpdates } from './service/shipments/record-tracking.js'
export { listOrders, type OrderListItem } from './service/views/order-list.js'
export { type AllegroCheckoutForm, getCheckoutForm } from './sources/allegro/index.js'
export type { OrderTables } from './tables.js'

/** Orders, parcels and tracking, customer notifications, proactive alerts and imports. */
export const ordersModule: AppModule = {
  name: 'orders',
  migrations: orderMigrations,
  jobs: (runtime) => [
    pollTrackingJob(runtime),
    watchOrdersJob(runtime),
    sendNotificationJob(runtime) as never,
    syncAllegroOrdersJob(runtime),
    pushShipmentJob(runtime) as never,
    importFileJob(runtime) as never,
  ],
  routes: registerOrdersRoutes,
  customerData: ordersCustomerData,
  seedDemo: seedOrdersDemo,
}
