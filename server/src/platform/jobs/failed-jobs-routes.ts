import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { ErrorSchema } from '../../modules/identity/schemas.js'
import { notFound } from '../http/errors.js'
import { principalOf } from '../http/request-context.js'
import { NullableString } from '../http/schema-types.js'
import type { Runtime } from '../runtime.js'

const FailedJobSchema = Type.Object({
  id: Type.String(),
  queue: Type.String(),
  data: Type.Unknown(),
  lastError: NullableString(),
  retryCount: Type.Integer(),
  failedAt: NullableString({ format: 'date-time' }),
})

/** Admins see the workspace's jobs that ran out of retries, with their last error, and can retry them. */
export function registerFailedJobRoutes(app: FastifyInstance, runtime: Runtime) {
  app.get(
    '/api/v1/jobs/failed',
    {
      config: { minRole: 'admin' },
      schema: {
        tags: ['jobs'],
        summary: 'Failed background jobs of this workspace with their last error',
        response: {
          200: Type.Object({ items: Type.Array(FailedJobSchema) }),
          401: ErrorSchema,
          403: ErrorSchema,
        },
      },
    },
    async (request) => ({ items: await runtime.jobs.failed(principalOf(request).workspaceId) }),
  )

  app.post(
    '/api/v1/jobs/failed/:id/retry',
    {
      config: { minRole: 'admin' },
      schema: {
        tags: ['jobs'],
        summary: 'Queue a failed job again',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { 202: Type.Object({ queued: Type.Boolean() }), 404: ErrorSchema },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string }
      if (!(await runtime.jobs.retry(principalOf(request).workspaceId, id)))
        throw notFound('The failed job')
      return reply.status(202).send({ queued: true })
    },
  )
}
