import type { FastifyInstance } from 'fastify'
import type { AppModule } from '../../platform/module.js'
import type { Runtime } from '../../platform/runtime.js'
import { purgeExpiredJob } from './jobs/purge-expired.js'
import { identityMigrations } from './migrations/index.js'
import { registerApiTokenRoutes } from './routes/api-token-routes.js'
import { registerAuditRoutes } from './routes/audit-routes.js'
import { registerAuthRoutes } from './routes/auth-routes.js'
import { registerInvitationRoutes } from './routes/invitation-routes.js'
import { registerMeRoutes } from './routes/me-routes.js'
import { registerMembersRoutes } from './routes/members-routes.js'
import { registerWorkspaceRoutes } from './routes/workspace-routes.js'
import { seedIdentityDemo } from './seed-demo.js'

export { IDENTITY_CHANNEL } from './identity-changes.js'
export { identityServices } from './identity-services.js'
export type { Principal } from './principal.js'
export { hasRole, ROLES, type Role } from './rules/roles.js'
export { createDemoWorkspace, DEMO_WORKSPACE } from './seed-demo.js'
export { assignableMemberIds, memberSummaries } from './service/members.js'
export { type CreateUserInput, createUserInWorkspace } from './service/users.js'
export { workspaceTimeZone } from './service/workspace.js'

/** Workspaces, users, roles, sessions, API tokens and the audit log. */
export const identityModule: AppModule = {
  name: 'identity',
  migrations: identityMigrations,
  jobs: (runtime) => [purgeExpiredJob(runtime)],
  routes(app: FastifyInstance, runtime: Runtime) {
    registerAuthRoutes(app, runtime)
    registerMeRoutes(app, runtime)
    registerWorkspaceRoutes(app, runtime)
    registerMembersRoutes(app, runtime)
    registerInvitationRoutes(app, runtime)
    registerApiTokenRoutes(app, runtime)
    registerAuditRoutes(app, runtime)
  },
  seedDemo: seedIdentityDemo,
}
