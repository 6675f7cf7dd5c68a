import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { scopeOf } from '../../../platform/http/request-context.js'
import { NullableString } from '../../../platform/http/schema-types.js'
import type { Runtime } from '../../../platform/runtime.js'
import { AuditEntrySchema, errorResponses } from '../schemas.js'
import { listAuditLog } from '../service/audit-log.js'

/** The audit log: every change an agent, token or Aftersale made, newest first. */
export function registerAuditRoutes(app: FastifyInstance, runtime: Runtime) {
  app.get(
    '/api/v1/workspace/audit-log',
    {
      config: { minRole: 'admin' },
      schema: {
        tags: ['workspace'],
        summary: 'Audit log (admins), paged with `before`',
        querystring: Type.Object(
          {
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
            before: Type.Optional(Type.String({ pattern: '^[0-9]{1,19}$' })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            items: Type.Array(AuditEntrySchema),
            nextBefore: NullableString(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const query = request.query as { limit?: number; before?: string }
      return runtime.inWorkspace(scopeOf(request), (ctx) =>
        listAuditLog(ctx, { limit: query.limit ?? 50, before: query.before }),
      )
    },
  )
}
