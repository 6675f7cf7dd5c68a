import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import { Type } from 'typebox'
import type { Runtime } from '../runtime.js'
import { StringEnum } from './schema-types.js'

const Health = Type.Object({
  status: StringEnum(['ok', 'unavailable']),
  checks: Type.Optional(Type.Record(Type.String(), Type.String())),
})

/** `/healthz` answers while the process runs; `/readyz` only when the database and job queue answer. */
export function registerHealth(app: FastifyInstance, runtime: Runtime): void {
  const config = { public: true, tenancyExempt: 'operational' }
  app.get(
    '/healthz',
    { config, schema: { tags: ['operations'], response: { 200: Health } } },
    async () => ({
      status: 'ok' as const,
    }),
  )
  app.get(
    '/readyz',
    { config, schema: { tags: ['operations'], response: { 200: Health, 503: Health } } },
    async (_request, reply) => {
      const checks: Record<string, string> = {}
      const probe = async (name: string, check: () => Promise<unknown>) => {
        try {
          await withTimeout(check(), 2000)
          checks[name] = 'ok'
        } catch (error) {
          checks[name] = (error as Error).message
        }
      }
      await probe('database', () => sql`select 1`.execute(runtime.database.db))
      await probe('jobs', () => runtime.jobs.ping())
      const ok = Object.values(checks).every((value) => value === 'ok')
      return reply.status(ok ? 200 : 503).send({ status: ok ? 'ok' : 'unavailable', checks })
    },
  )
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms).unref(),
    ),
  ])
}
