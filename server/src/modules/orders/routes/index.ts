import type { FastifyInstance } from 'fastify'
import type { Runtime } from '../../../platform/runtime.js'
import { registerAlertRoutes } from './alert-routes.js'
import { registerContextRoutes } from './context-routes.js'
import { registerImportRoutes } from './import-routes.js'
import { registerOrderRoutes } from './order-routes.js'
import { registerProductRoutes } from './product-routes.js'
import { registerOrderSettingsRoutes } from './settings-routes.js'
import { registerTrackingPageRoutes } from './tracking-page-routes.js'

/** Every HTTP route of the orders module. */
export function registerOrdersRoutes(app: FastifyInstance, runtime: Runtime) {
  registerOrderRoutes(app, runtime)
  registerAlertRoutes(app, runtime)
  registerContextRoutes(app, runtime)
  registerOrderSettingsRoutes(app, runtime)
  registerProductRoutes(app, runtime)
  registerImportRoutes(app, runtime)
  registerTrackingPageRoutes(app, runtime)
}
