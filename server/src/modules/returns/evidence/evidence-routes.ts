import type { FastifyInstance } from 'fastify'
import type { Static } from 'typebox'
import { scopeOf } from '../../../platform/http/request-context.js'
import { errorResponses } from '../../../platform/http/schema-types.js'
import type { Runtime } from '../../../platform/runtime.js'
import { loadEvidence } from './evidence-data.js'
import { renderEvidencePdf } from './evidence-pdf.js'
import { registerPackRoutes } from './pack-routes.js'
import { EvidenceQuery, OrderParams } from './pack-schemas.js'
import { agentLanguage } from './packing-settings.js'

/** Packing QC and the dispute evidence PDF of an order. */
export function registerEvidenceRoutes(app: FastifyInstance, runtime: Runtime) {
  registerPackRoutes(app, runtime)

  app.get(
    '/api/v1/orders/:orderId/evidence.pdf',
    {
      schema: {
        tags: ['returns'],
        summary:
          'Evidence PDF for an A-to-z claim, Allegro dispute or chargeback: order, parcels, cases, messages, packing',
        produces: ['application/pdf'],
        params: OrderParams,
        querystring: EvidenceQuery,
        response: errorResponses,
      },
    },
    async (request, reply) => {
      const { orderId } = request.params as Static<typeof OrderParams>
      const { lang, caseId } = request.query as Static<typeof EvidenceQuery>
      // Everything is read in one short transaction; the PDF is written after it commits.
      const { evidence, language } = await runtime.inWorkspace(scopeOf(request), async (ctx) => ({
        evidence: await loadEvidence(ctx, orderId, { caseId }),
        language: lang ?? (await agentLanguage(ctx)),
      }))
      const pdf = renderEvidencePdf(evidence, {
        lang: language,
        readPhoto: (key) => runtime.files.read(key),
      })
      const filename = `evidence-${evidence.order.number}.pdf`.replace(/[^\w.-]+/g, '_')
      return reply
        .header('content-type', 'application/pdf')
        .header('cache-control', 'private, no-store')
        .header(
          'content-disposition',
          `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(`evidence-${evidence.order.number}.pdf`)}`,
        )
        .send(pdf)
    },
  )
}
