import type { FastifyInstance } from 'fastify'
import type { Runtime } from '../../../platform/runtime.js'
import { registerAssetRoutes } from './asset-routes.js'
import { registerCors } from './cors.js'
import { registerMessageRoutes } from './message-routes.js'
import { createWidgetLimits } from './rate-limits.js'
import { registerSessionRoutes } from './session-routes.js'
import { registerStreamRoute } from './stream-route.js'

/** The public visitor API under `/widget/v1`, the widget script and its demo page. */
export async function registerWebchatRoutes(app: FastifyInstance, runtime: Runtime) {
  await app.register(
    async (api) => {
      const limits = createWidgetLimits(api)
      registerCors(api)
      registerSessionRoutes(api, runtime, limits)
      registerMessageRoutes(api, runtime, limits)
      registerStreamRoute(api, runtime, limits)
    },
    { prefix: '/widget/v1' },
  )
  registerAssetRoutes(app, runtime)
}
