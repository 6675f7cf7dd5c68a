import type { Principal } from '../../modules/identity/principal.js'
import type { Role } from '../../modules/identity/rules/roles.js'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Reachable without signing in. */
    public?: boolean
    /** The least role that may call the route. */
    minRole?: Role
    /** Excluded from the cross-workspace isolation walk (health checks, docs, streams). */
    tenancyExempt?: string
  }
  interface FastifyRequest {
    principal: Principal | null
  }
}
