import type { FastifyInstance } from 'fastify'
import type { Runtime } from '../../../platform/runtime.js'
import { registerEvidenceRoutes } from '../evidence/evidence-routes.js'
import { registerPortalRoutes } from '../portal/portal-routes.js'
import { registerCaseClockRoutes } from './case-clock-routes.js'
import { registerCaseFileRoutes } from './case-file-routes.js'
import { registerCaseRoutes } from './case-routes.js'
import { registerReturnSettingsRoutes } from './return-settings-routes.js'

/** Every HTTP route of the returns module. */
export function registerReturnsRoutes(app: FastifyInstance, runtime: Runtime) {
  registerCaseRoutes(app, runtime)
  registerCaseFileRoutes(app, runtime)
  registerCaseClockRoutes(app, runtime)
  registerReturnSettingsRoutes(app, runtime)
  registerEvidenceRoutes(app, runtime)
  registerPortalRoutes(app, runtime)
}
