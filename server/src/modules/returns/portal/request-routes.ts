import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import type { Runtime } from '../../../platform/runtime.js'
import { newNonce, notFoundPage, sendPage } from '../../orders/index.js'
import { renderCheckFor } from './check-view.js'
import { isReturnable } from './load-order.js'
import { portalClosed } from './lookup-routes.js'
import { inOrderWorkspace, openPortalOrder } from './open-order.js'
import type { PortalLimiters } from './portal-limits.js'
import { newFormId, portalLanguage, sendTooMany } from './portal-responses.js'
import { readPortalForm } from './read-portal-form.js'
import type { FormFields } from './rules/form-fields.js'
import { readSelection, type Selection } from './rules/selection-input.js'
import { sendSelection } from './selection-response.js'
import { submitCase } from './submit-case.js'

const TokenParams = Type.Object({ token: Type.String({ maxLength: 200 }) })
const PageQuery = Type.Object({ lang: Type.Optional(Type.String({ maxLength: 16 })) })

/** Opens the order of the URL's token, or answers 404 / portal closed itself. */
async function orderOrRefusal(
  runtime: Runtime,
  request: FastifyRequest,
  reply: FastifyReply,
  nonce: string,
  chosen?: string,
) {
  const { token } = request.params as { token: string }
  const opened = await openPortalOrder(runtime, request, token)
  if (!opened) {
    await sendPage(reply, 404, notFoundPage(portalLanguage(request, null, chosen), nonce), nonce)
    return null
  }
  const language = portalLanguage(request, opened.order.locale, chosen)
  if (!opened.order.portalEnabled) {
    await portalClosed(reply, language, nonce, opened.order.branding)
    return null
  }
  return { opened, language }
}

/**
 * The order's return flow, reached from the tracking page's "Return an item": pick items
 * (`GET /t/:token/return`), see eligibility and fill in details (`POST …/return/check`), open the
 * case (`POST /t/:token/return`, multipart with photos) and land on its status page.
 */
export function registerRequestRoutes(
  site: FastifyInstance,
  runtime: Runtime,
  limiters: PortalLimiters,
) {
  const schema = { tags: ['returns portal'], params: TokenParams, querystring: PageQuery }
  const config = { public: true }

  site.get(
    '/t/:token/return',
    {
      config,
      attachValidation: true,
      schema: { ...schema, summary: 'Pick items to return or complain about (HTML)' },
    },
    async (request, reply) => {
      const nonce = newNonce()
      const found = await orderOrRefusal(runtime, request, reply, nonce)
      if (!found) return reply
      const selection: Selection = { kind: null, items: [] }
      return sendSelection(
        reply,
        found.opened,
        { language: found.language, nonce, selection, issue: null },
        200,
      )
    },
  )

  // The language links of the check page point here; the choice starts again in that language.
  site.get(
    '/t/:token/return/check',
    {
      config,
      attachValidation: true,
      schema: { ...schema, summary: 'Back to picking items (303)' },
    },
    async (request, reply) => {
      const { token } = request.params as { token: string }
      const { lang } = (request.query ?? {}) as { lang?: string }
      const language = portalLanguage(request, null, lang)
      return reply.redirect(`/t/${encodeURIComponent(token)}/return?lang=${language}`, 303)
    },
  )

  site.post(
    '/t/:token/return/check',
    {
      config,
      attachValidation: true,
      bodyLimit: 64 * 1024,
      schema: {
        ...schema,
        summary: "The engine's eligibility for the picked items, and the details form (HTML)",
      },
    },
    async (request, reply) => {
      const nonce = newNonce()
      const fields = (request.isMultipart() ? {} : (request.body ?? {})) as FormFields
      const found = await orderOrRefusal(runtime, request, reply, nonce, fields.lang)
      if (!found) return reply
      const { opened, language } = found
      const back = `/t/${opened.token}/return?lang=${language}`
      const wait = limiters.checks.take(opened.token, request.ip)
      if (wait !== null)
        return sendTooMany(reply, language, nonce, wait, opened.order.branding, back)
      const selection = readSelection(fields, opened.order.items)
      if (!selection.ok || !isReturnable(opened.order))
        return sendSelection(
          reply,
          opened,
          {
            language,
            nonce,
            selection: selection.ok ? selection : selection.selection,
            issue: selection.ok ? null : selection.issue,
          },
          400,
        )
      const html = await inOrderWorkspace(runtime, request, opened, (ctx) =>
        renderCheckFor(ctx, opened, {
          language,
          nonce,
          kind: selection.kind,
          picked: selection.items,
          details: { reason: '', description: '', remedy: '', email: '', formId: newFormId() },
          issue: null,
        }),
      )
      return sendPage(reply, 200, html, nonce)
    },
  )

  site.post(
    '/t/:token/return',
    {
      config,
      attachValidation: true,
      bodyLimit: 64 * 1024,
      schema: {
        ...schema,
        summary: 'Open the case (multipart with photos); 303 to its status page',
      },
    },
    async (request, reply) => {
      const nonce = newNonce()
      const { token } = request.params as { token: string }
      const opened = await openPortalOrder(runtime, request, token)
      if (!opened) {
        const language = portalLanguage(request, null)
        return sendPage(reply, 404, notFoundPage(language, nonce), nonce)
      }
      const headerLanguage = portalLanguage(request, opened.order.locale)
      if (!opened.order.portalEnabled)
        return portalClosed(reply, headerLanguage, nonce, opened.order.branding)
      const back = `/t/${opened.token}/return?lang=${headerLanguage}`
      const wait = limiters.submits.take(opened.token, request.ip)
      if (wait !== null)
        return sendTooMany(reply, headerLanguage, nonce, wait, opened.order.branding, back)
      const form = await readPortalForm(request)
      return submitCase(runtime, request, reply, opened, form, nonce)
    },
  )
}
