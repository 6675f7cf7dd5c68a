import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import { systemActor } from '../../../platform/context.js'
import type { Runtime } from '../../../platform/runtime.js'
import { newNonce, renderNotice, sendPage } from '../../orders/index.js'
import { loadPortalFront, trackingTokenOf, workspaceBySlug } from './find-order.js'
import { renderLookupPage } from './pages/lookup-page.js'
import type { PortalLimiters } from './portal-limits.js'
import { portalLanguage, sendTooMany } from './portal-responses.js'
import type { FormFields } from './rules/form-fields.js'
import { readLookup } from './rules/lookup-input.js'
import { portalStrings } from './rules/portal-strings.js'

const SlugParams = Type.Object({ workspaceSlug: Type.String({ maxLength: 200 }) })
const PageQuery = Type.Object({ lang: Type.Optional(Type.String({ maxLength: 16 })) })

/** The workspace behind a slug with its look, or null when there is none or it runs no portal. */
async function openFront(runtime: Runtime, request: FastifyRequest, slug: string) {
  const workspaceId = await workspaceBySlug(runtime, slug)
  if (!workspaceId) return null
  const scope = { workspaceId, actor: systemActor('Returns portal'), ip: request.ip }
  const front = await runtime.inWorkspace(scope, loadPortalFront)
  return { workspaceId, ...front }
}

function shopNotFound(reply: FastifyReply, request: FastifyRequest, nonce: string) {
  const language = portalLanguage(request, null)
  const strings = portalStrings(language)
  const page = renderNotice({
    language,
    nonce,
    title: strings.caseNotFoundTitle,
    text: strings.caseNotFound,
  })
  return sendPage(reply, 404, page, nonce)
}

/**
 * `GET /shop/:workspaceSlug/returns` asks for the order number and e-mail; the POST finds the order
 * and sends the customer on to its return page. Every miss gets the same words.
 */
export function registerLookupRoutes(
  site: FastifyInstance,
  runtime: Runtime,
  limiters: PortalLimiters,
) {
  const options = {
    config: { public: true },
    attachValidation: true,
    schema: { tags: ['returns portal'], params: SlugParams, querystring: PageQuery },
  }
  site.get(
    '/shop/:workspaceSlug/returns',
    {
      ...options,
      schema: { ...options.schema, summary: "A shop's returns portal: find the order (HTML)" },
    },
    async (request, reply) => {
      const { workspaceSlug } = request.params as { workspaceSlug: string }
      const nonce = newNonce()
      const front = await openFront(runtime, request, workspaceSlug)
      if (!front) return shopNotFound(reply, request, nonce)
      const language = portalLanguage(request, null)
      if (!front.portalEnabled) return portalClosed(reply, language, nonce, front.branding)
      const page = renderLookupPage({
        language,
        nonce,
        slug: workspaceSlug,
        branding: front.branding,
        number: '',
        email: '',
        error: null,
      })
      return sendPage(reply, 200, page, nonce)
    },
  )

  site.post(
    '/shop/:workspaceSlug/returns',
    {
      ...options,
      bodyLimit: 16 * 1024,
      schema: {
        ...options.schema,
        summary: 'Find an order by number and e-mail; 303 to its return page',
      },
    },
    async (request, reply) => {
      const nonce = newNonce()
      const { workspaceSlug } = request.params as { workspaceSlug: string }
      const fields = (request.body ?? {}) as FormFields
      const language = portalLanguage(request, null, fields.lang)
      const front = await openFront(runtime, request, workspaceSlug)
      if (!front) return shopNotFound(reply, request, nonce)
      if (!front.portalEnabled) return portalClosed(reply, language, nonce, front.branding)
      const back = `/shop/${encodeURIComponent(workspaceSlug)}/returns?lang=${language}`
      const perIp = limiters.lookupPerIp.take(front.workspaceId, request.ip)
      if (perIp !== null) return sendTooMany(reply, language, nonce, perIp, front.branding, back)
      const perShop = limiters.lookupPerWorkspace.take(front.workspaceId, '*')
      if (perShop !== null)
        return sendTooMany(reply, language, nonce, perShop, front.branding, back)
      const lookup = readLookup(fields)
      const token = lookup.ok
        ? await runtime.inWorkspace(
            {
              workspaceId: front.workspaceId,
              actor: systemActor('Returns portal'),
              ip: request.ip,
            },
            (ctx) => trackingTokenOf(ctx, lookup.number, lookup.email),
          )
        : null
      if (token) return reply.redirect(`/t/${token}/return?lang=${language}`, 303)
      const strings = portalStrings(language)
      const page = renderLookupPage({
        language,
        nonce,
        slug: workspaceSlug,
        branding: front.branding,
        number: lookup.number,
        email: lookup.email,
        error: !lookup.ok && lookup.incomplete ? strings.lookupIncomplete : strings.lookupFailed,
      })
      return sendPage(reply, lookup.ok ? 404 : 400, page, nonce)
    },
  )
}

/** The shop switched its portal off: say so in its look, and point to the seller. */
export function portalClosed(
  reply: FastifyReply,
  language: ReturnType<typeof portalLanguage>,
  nonce: string,
  branding: { shopName: string | null; accentColor: string | null; logoUrl: string | null },
) {
  const strings = portalStrings(language)
  const page = renderNotice({
    language,
    nonce,
    title: strings.portalClosedTitle,
    text: strings.portalClosed,
    branding,
  })
  return sendPage(reply, 404, page, nonce)
}
