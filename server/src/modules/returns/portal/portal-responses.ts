import { randomUUID } from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'
import {
  explicitLanguage,
  pickTrackingLanguage,
  renderNotice,
  sendPage,
  type TrackingLanguage,
} from '../../orders/index.js'
import type { PortalBranding } from './pages/portal-frame.js'
import { portalStrings } from './rules/portal-strings.js'

/** The page language: the form's or the link's choice, the browser's, the order's, else Polish. */
export function portalLanguage(
  request: FastifyRequest,
  fallbackLocale: string | null | undefined,
  chosen?: string,
): TrackingLanguage {
  const query = (request.query as { lang?: string } | undefined)?.lang
  return pickTrackingLanguage({
    query: explicitLanguage(chosen) ?? explicitLanguage(query),
    acceptLanguage: request.headers['accept-language'],
    orderLocale: fallbackLocale,
  })
}

/** 429 with Retry-After: too many attempts from this address. */
export function sendTooMany(
  reply: FastifyReply,
  language: TrackingLanguage,
  nonce: string,
  waitMs: number,
  branding: PortalBranding | null,
  back: string,
) {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000))
  reply.header('retry-after', String(seconds))
  const strings = portalStrings(language)
  const page = renderNotice({
    language,
    nonce,
    title: strings.tooManyTitle,
    text: strings.tooMany(Math.ceil(seconds / 60)),
    back: { href: back, label: strings.backToOrder },
    ...(branding ? { branding } : {}),
  })
  return sendPage(reply, 429, page, nonce)
}

/** 404 for an unknown, malformed or foreign case link: one page for all, no hint which. */
export function sendCaseNotFound(reply: FastifyReply, language: TrackingLanguage, nonce: string) {
  const strings = portalStrings(language)
  const page = renderNotice({
    language,
    nonce,
    title: strings.caseNotFoundTitle,
    text: strings.caseNotFound,
  })
  return sendPage(reply, 404, page, nonce)
}

/** A one-time id for a details form: the case's external id, so a resent form opens one case. */
export const newFormId = () => randomUUID()
