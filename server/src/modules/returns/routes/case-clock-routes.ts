import type { FastifyInstance } from 'fastify'
import { type Static, Type } from 'typebox'
import { scopeOf } from '../../../platform/http/request-context.js'
import { errorResponses } from '../../../platform/http/schema-types.js'
import type { Runtime } from '../../../platform/runtime.js'
import { caseClocksFor, caseCounts } from '../service/case-deadlines.js'
import { workspaceToday } from '../service/workspace-today.js'
import { AnyObject } from './case-schemas.js'

const ClockQuery = Type.Object({
  conversationIds: Type.String({
    maxLength: 4000,
    pattern: '^[0-9a-f-]{36}(,[0-9a-f-]{36}){0,99}$',
  }),
})

/** The deadline clocks the inbox and the navigation show. */
export function registerCaseClockRoutes(app: FastifyInstance, runtime: Runtime) {
  app.get(
    '/api/v1/returns/clocks',
    {
      schema: {
        tags: ['returns'],
        summary: 'Open cases and their deadlines for up to 100 conversations (comma-separated ids)',
        querystring: ClockQuery,
        response: { 200: AnyObject, ...errorResponses },
      },
    },
    async (request) => {
      const { conversationIds } = request.query as Static<typeof ClockQuery>
      const ids = [...new Set(conversationIds.split(','))]
      return runtime.inWorkspace(scopeOf(request), async (ctx) => ({
        today: await workspaceToday(ctx),
        items: await caseClocksFor(ctx, ids),
      }))
    },
  )

  app.get(
    '/api/v1/returns/summary',
    {
      schema: {
        tags: ['returns'],
        summary: 'Counts of open cases, of those due within 3 days, and of overdue answers',
        response: { 200: AnyObject, ...errorResponses },
      },
    },
    async (request) =>
      runtime.inWorkspace(scopeOf(request), async (ctx) =>
        caseCounts(ctx, await workspaceToday(ctx)),
      ),
  )
}
