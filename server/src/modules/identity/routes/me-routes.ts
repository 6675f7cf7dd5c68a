import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { badRequest } from '../../../platform/http/errors.js'
import { principalOf, scopeOf } from '../../../platform/http/request-context.js'
import { StringEnum } from '../../../platform/http/schema-types.js'
import type { Runtime } from '../../../platform/runtime.js'
import { identityServices } from '../identity-services.js'
import { Body, errorResponses, MeSchema } from '../schemas.js'
import { updateProfile } from '../service/profile.js'

/** The caller's own profile. */
export function registerMeRoutes(app: FastifyInstance, runtime: Runtime) {
  app.get(
    '/api/v1/me',
    {
      schema: {
        tags: ['me'],
        summary:
          'The signed-in user, the current workspace, every workspace and role, and abilities',
        response: { 200: MeSchema, ...errorResponses },
      },
    },
    async (request) => identityServices(runtime).profiles.load(principalOf(request)),
  )

  app.patch(
    '/api/v1/me',
    {
      schema: {
        tags: ['me'],
        summary: 'Change your name or interface language',
        body: Body({
          name: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
          locale: Type.Optional(StringEnum(['pl', 'en'])),
        }),
        response: { 200: MeSchema, ...errorResponses },
      },
    },
    async (request) => {
      const principal = principalOf(request)
      if (!principal.userId || principal.kind !== 'session') {
        throw badRequest('session_required', 'Only a signed-in user can change their profile.')
      }
      const body = request.body as { name?: string; locale?: 'pl' | 'en' }
      if (body.name !== undefined && body.name.trim() === '') {
        throw badRequest('validation_failed', 'body/name: must not be blank')
      }
      await runtime.inWorkspace(scopeOf(request), (ctx) =>
        updateProfile(ctx, principal.userId!, { ...body, name: body.name?.trim() }),
      )
      identityServices(runtime).invalidate({ kind: 'user', id: principal.userId })
      return identityServices(runtime).profiles.load(principal)
    },
  )
}
