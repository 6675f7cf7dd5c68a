import type { AppModule } from '../../platform/module.js'
import { webchatMigrations } from './migrations/index.js'
import { registerWebchatRoutes } from './routes/index.js'
import { seedDemoWidget } from './service/seed-demo-widget.js'

export {
  FALLBACK_AFTER_SECONDS,
  type WidgetDeliveryRoute,
} from './rules/delivery-decision.js'
export { widgetDeliveryRoute } from './service/delivery-route.js'
export type { WebchatTables } from './tables.js'

/** The web chat: the widget's public visitor API, its live stream, the script and a demo page. */
export const webchatModule: AppModule = {
  name: 'webchat',
  migrations: webchatMigrations,
  routes: registerWebchatRoutes,
  seedDemo: seedDemoWidget,
}
