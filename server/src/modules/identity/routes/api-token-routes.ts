import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { principalOf, scopeOf } from '../../../platform/http/request-context.js'
import { StringEnum } from '../../../platform/http/schema-types.js'
import type { Runtime } from '../../../platform/runtime.js'
import { identityServices } from '../identity-services.js'
import type { Role } from '../rules/roles.js'
import { ApiTokenSchema, Body, errorResponses, Uuid } from '../schemas.js'
import { createApiToken, listApiTokens, revokeApiToken } from '../service/api-tokens.js'

const TokenRole = StringEnum(['admin', 'agent', 'viewer'])

/** API tokens for integrations, scoped to the current workspace. */
export function registerApiTokenRoutes(app: FastifyInstance, runtime: Runtime) {
  app.get(
    '/api/v1/workspace/api-tokens',
    {
      config: { minRole: 'admin' },
      schema: {
        tags: ['api tokens'],
        summary: 'Live API tokens (admins); secrets are never shown again',
        response: { 200: Type.Object({ items: Type.Array(ApiTokenSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await runtime.inWorkspace(scopeOf(request), listApiTokens) }),
  )

  app.post(
    '/api/v1/workspace/api-tokens',
    {
      config: { minRole: 'admin' },
      schema: {
        tags: ['api tokens'],
        summary: 'Create an API token; the secret is in this response only',
        body: Body({
          name: Type.String({ minLength: 1, maxLength: 80 }),
          role: Type.Optional(TokenRole),
          expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })),
        }),
        response: {
          201: Type.Object({ token: ApiTokenSchema, secret: Type.String() }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request)
      const body = request.body as { name: string; role?: Role; expiresInDays?: number }
      const created = await runtime.inWorkspace(scopeOf(request), (ctx) =>
        createApiToken(
          ctx,
          { role: principal.role, userId: principal.userId },
          {
            name: body.name.trim() || 'API token',
            role: body.role ?? 'agent',
            expiresInDays: body.expiresInDays,
          },
        ),
      )
      return reply.status(201).send(created)
    },
  )

  app.delete(
    '/api/v1/workspace/api-tokens/:id',
    {
      config: { minRole: 'admin' },
      schema: {
        tags: ['api tokens'],
        summary: 'Revoke an API token at once',
        params: Type.Object({ id: Uuid }),
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string }
      await runtime.inWorkspace(scopeOf(request), (ctx) => revokeApiToken(ctx, id))
      identityServices(runtime).invalidate({ kind: 'api_token', id })
      return reply.status(204).send()
    },
  )
}
