import type { FastifyInstance } from 'fastify'
import { type Static, Type } from 'typebox'
import { scopeOf } from '../../../platform/http/request-context.js'
import { errorResponses, Uuid } from '../../../platform/http/schema-types.js'
import type { Runtime } from '../../../platform/runtime.js'
import { confirmCaseAction, previewCaseAction } from '../service/case-actions.js'
import type { NewCaseInput } from '../service/case-input.js'
import { openReturnCase, previewReturnCase } from '../service/open-case.js'
import { caseDetail } from '../service/views/case-detail.js'
import { listCases } from '../service/views/case-list.js'
import { workspaceToday } from '../service/workspace-today.js'
import type { CaseAction } from '../workflow/case-state.js'
import { ActionBodySchema, AnyObject, CaseListQuery, NewCaseSchema } from './case-schemas.js'

const Params = Type.Object({ caseId: Uuid })

function agentCase(body: Static<typeof NewCaseSchema>): NewCaseInput {
  return {
    ...body,
    source: 'agent',
    requestedAt: body.requestedAt ? new Date(body.requestedAt) : undefined,
  }
}

/** Cases: list, open (with a preview), detail, and the workflow's draft → preview → confirm. */
export function registerCaseRoutes(app: FastifyInstance, runtime: Runtime) {
  app.get(
    '/api/v1/returns/cases',
    {
      schema: {
        tags: ['returns'],
        summary: 'Return and complaint cases, most urgent deadline first',
        querystring: CaseListQuery,
        response: { 200: AnyObject, ...errorResponses },
      },
    },
    async (request) =>
      runtime.inWorkspace(scopeOf(request), async (ctx) =>
        listCases(ctx, request.query as Static<typeof CaseListQuery>, await workspaceToday(ctx)),
      ),
  )

  app.post(
    '/api/v1/returns/cases/preview',
    {
      config: { minRole: 'agent' },
      schema: {
        tags: ['returns'],
        summary: 'Evaluate a case with the statutory engine without opening it',
        body: NewCaseSchema,
        response: { 200: AnyObject, ...errorResponses },
      },
    },
    async (request) => {
      const input = agentCase(request.body as Static<typeof NewCaseSchema>)
      return runtime.inWorkspace(scopeOf(request), (ctx) => previewReturnCase(ctx, input))
    },
  )

  app.post(
    '/api/v1/returns/cases',
    {
      config: { minRole: 'agent' },
      schema: {
        tags: ['returns'],
        summary: 'Open a withdrawal or complaint case',
        body: NewCaseSchema,
        response: { 201: AnyObject, ...errorResponses },
      },
    },
    async (request, reply) => {
      const input = agentCase(request.body as Static<typeof NewCaseSchema>)
      const opened = await runtime.inWorkspace(scopeOf(request), (ctx) =>
        openReturnCase(ctx, input),
      )
      return reply.status(201).send({ caseId: opened.caseId, number: opened.number })
    },
  )

  app.get(
    '/api/v1/returns/cases/:caseId',
    {
      schema: {
        tags: ['returns'],
        summary: 'One case: items, deadlines, timeline, files, refunds and the grounds available',
        params: Params,
        response: { 200: AnyObject, ...errorResponses },
      },
    },
    async (request) => {
      const { caseId } = request.params as Static<typeof Params>
      return runtime.inWorkspace(scopeOf(request), async (ctx) =>
        caseDetail(ctx, caseId, await workspaceToday(ctx)),
      )
    },
  )

  const actionRoute = (path: string, summary: string, confirm: boolean) =>
    app.post(
      `/api/v1/returns/cases/:caseId/${path}`,
      {
        config: { minRole: 'agent' },
        schema: {
          tags: ['returns'],
          summary,
          params: Params,
          body: ActionBodySchema,
          response: { 200: AnyObject, ...errorResponses },
        },
      },
      async (request) => {
        const { caseId } = request.params as Static<typeof Params>
        const body = request.body as Static<typeof ActionBodySchema>
        const action = body.action as CaseAction
        return runtime.inWorkspace(scopeOf(request), (ctx) =>
          confirm
            ? confirmCaseAction(ctx, caseId, action, body.expectedVersion)
            : previewCaseAction(ctx, caseId, action),
        )
      },
    )
  actionRoute('actions/preview', 'Preview what an action would do (nothing is saved)', false)
  actionRoute(
    'actions',
    'Confirm an action as previewed (expectedVersion guards against changes since)',
    true,
  )
}
