import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { badRequest } from '../../../platform/http/errors.js'
import { scopeOf } from '../../../platform/http/request-context.js'
import type { Runtime } from '../../../platform/runtime.js'
import { identityServices } from '../identity-services.js'
import { isTimeZone } from '../rules/time-zone.js'
import { Body, errorResponses, WorkspaceSchema } from '../schemas.js'
import { getWorkspace, updateWorkspace } from '../service/workspace.js'

/** The current workspace's settings. */
export function registerWorkspaceRoutes(app: FastifyInstance, runtime: Runtime) {
  app.get(
    '/api/v1/workspace',
    {
      schema: {
        tags: ['workspace'],
        summary: 'The current workspace',
        response: { 200: WorkspaceSchema, ...errorResponses },
      },
    },
    async (request) => runtime.inWorkspace(scopeOf(request), getWorkspace),
  )

  app.patch(
    '/api/v1/workspace',
    {
      config: { minRole: 'admin' },
      schema: {
        tags: ['workspace'],
        summary: 'Rename the workspace or change its time zone (admins)',
        body: Body({
          name: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
          timezone: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
        }),
        response: { 200: WorkspaceSchema, ...errorResponses },
      },
    },
    async (request) => {
      const body = request.body as { name?: string; timezone?: string }
      if (body.timezone !== undefined && !isTimeZone(body.timezone)) {
        throw badRequest('validation_failed', `body/timezone: unknown time zone "${body.timezone}"`)
      }
      const scope = scopeOf(request)
      const workspace = await runtime.inWorkspace(scope, (ctx) => updateWorkspace(ctx, body))
      identityServices(runtime).invalidate({ kind: 'workspace', id: scope.workspaceId })
      return workspace
    },
  )
}
