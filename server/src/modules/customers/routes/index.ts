import type { FastifyInstance } from 'fastify'
import type { Runtime } from '../../../platform/runtime.js'
import { registerCustomerDetailRoutes } from './customer-detail-routes.js'
import { registerCustomerRoutes } from './customer-routes.js'
import { registerGdprRoutes } from './gdpr-routes.js'
import { registerMergeRoutes } from './merge-routes.js'
import { registerSavedFilterRoutes } from './saved-filter-routes.js'

/** Every HTTP route of the customers module, under /api/v1/customers. */
export function registerCustomersRoutes(app: FastifyInstance, runtime: Runtime) {
  registerCustomerRoutes(app, runtime)
  registerCustomerDetailRoutes(app, runtime)
  registerMergeRoutes(app, runtime)
  registerGdprRoutes(app, runtime)
  registerSavedFilterRoutes(app, runtime)
}
