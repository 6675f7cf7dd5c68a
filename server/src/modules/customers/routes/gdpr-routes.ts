import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { scopeOf } from '../../../platform/http/request-context.js'
import { Body, errorResponses, StringEnum, Uuid } from '../../../platform/http/schema-types.js'
import type { Runtime } from '../../../platform/runtime.js'
import { renderCustomerExportHtml } from '../rules/export-html.js'
import { customerDataProviders } from '../service/customer-data-providers.js'
import { eraseCustomer } from '../service/erase-customer.js'
import { exportCustomer, exportLocaleOf } from '../service/export-customer.js'

const Params = Type.Object({ id: Uuid })

/** A customer's data export (GDPR art. 15, 20) and erasure (art. 17). */
export function registerGdprRoutes(app: FastifyInstance, runtime: Runtime) {
  const providers = customerDataProviders(runtime.modules)

  app.get(
    '/api/v1/customers/:id/export',
    {
      config: { minRole: 'agent' },
      schema: {
        tags: ['customers'],
        summary:
          'Everything held about the customer as a JSON or HTML file to hand over (access and portability requests)',
        params: Params,
        querystring: Type.Object(
          {
            format: Type.Optional(StringEnum(['json', 'html'])),
            lang: Type.Optional(StringEnum(['pl', 'en'])),
          },
          { additionalProperties: false },
        ),
        response: { ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string }
      const { format = 'json', lang } = request.query as {
        format?: 'json' | 'html'
        lang?: 'pl' | 'en'
      }
      const data = await runtime.inWorkspace(scopeOf(request), (ctx) =>
        exportCustomer(ctx, id, providers),
      )
      const day = data.generatedAt.slice(0, 10)
      reply.header('content-disposition', `attachment; filename="customer-${id}-${day}.${format}"`)
      reply.header('cache-control', 'no-store')
      if (format === 'html')
        return reply
          .type('text/html; charset=utf-8')
          .send(renderCustomerExportHtml(data, lang ?? exportLocaleOf(data.profile.locale)))
      return reply.type('application/json; charset=utf-8').send(JSON.stringify(data, null, 2))
    },
  )

  app.post(
    '/api/v1/customers/:id/erase',
    {
      config: { minRole: 'admin' },
      schema: {
        tags: ['customers'],
        summary:
          'Erase the customer’s personal data for good (confirm with their exact name or id); what the law requires is kept and listed',
        params: Params,
        body: Body({ confirm: Type.String({ minLength: 1, maxLength: 300 }) }),
        response: {
          200: Type.Object({
            erasedIds: Type.Array(Type.String()),
            kept: Type.Array(Type.String()),
            legalHolds: Type.Array(Type.String()),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string }
      const { confirm } = request.body as { confirm: string }
      return runtime.inWorkspace(scopeOf(request), (ctx) =>
        eraseCustomer(ctx, id, providers, confirm),
      )
    },
  )
}
