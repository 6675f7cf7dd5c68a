import { randomUUID } from 'node:crypto'
import type { FastifyRequest } from 'fastify'
import type { Runtime } from '../../../../platform/runtime.js'
import { pickTrackingLanguage, type TrackingLanguage } from '../../rules/tracking-page/languages.js'
import { trackingStrings } from '../../rules/tracking-page/strings.js'
import { loadTrackingPage, type TrackingPageData } from './load-tracking-page.js'
import { trackingScope } from './page-response.js'
import { normalizeTrackingToken, workspaceOfTrackingToken } from './tracking-token.js'
import { renderNotice } from './views/notice-view.js'
import type { ProblemFormState, TrackingViewInput } from './views/view-input.js'
import { cachedWorkspaceZone } from './workspace-zone.js'

/** An order found by its token, with the clock its times are shown on. */
export interface OpenedOrder {
  token: string
  workspaceId: string
  data: TrackingPageData
  timeZone: string
}

/**
 * Finds the order behind a token: a malformed token is refused without touching the database,
 * then the token's workspace is looked up and the page read under its row-level security.
 */
export async function openTrackingPage(
  runtime: Runtime,
  request: FastifyRequest,
  rawToken: string,
): Promise<OpenedOrder | null> {
  const token = normalizeTrackingToken(rawToken)
  if (!token) return null
  const workspaceId = await workspaceOfTrackingToken(runtime, token)
  if (!workspaceId) return null
  const found = await runtime.inWorkspace(trackingScope(request, workspaceId), async (ctx) => {
    const data = await loadTrackingPage(ctx, token)
    return data ? { data, timeZone: await cachedWorkspaceZone(runtime, ctx) } : null
  })
  return found ? { token, workspaceId, ...found } : null
}

/** The language of a page: the buyer's choice, the browser's, the order's, else Polish. */
export function pageLanguage(
  request: FastifyRequest,
  chosen: TrackingLanguage | null,
  order?: TrackingPageData,
): TrackingLanguage {
  return pickTrackingLanguage({
    query: chosen,
    acceptLanguage: request.headers['accept-language'],
    orderLocale: order?.locale,
  })
}

/** A closed, empty problem form with a fresh submission id. */
export const emptyForm = (): ProblemFormState => ({
  open: false,
  message: '',
  email: '',
  error: null,
  submissionId: randomUUID(),
})

/** The views' input for an opened order. */
export function viewInput(
  opened: OpenedOrder,
  page: Omit<TrackingViewInput, 'data' | 'token' | 'timeZone' | 'now'>,
): TrackingViewInput {
  return {
    ...page,
    data: opened.data,
    token: opened.token,
    timeZone: opened.timeZone,
    now: new Date(),
  }
}

/** The not-found page: the same for a malformed, unknown or deleted token (no hint which). */
export function notFoundPage(language: TrackingLanguage, nonce: string): string {
  const strings = trackingStrings(language)
  return renderNotice({
    language,
    nonce,
    title: strings.notFoundTitle,
    text: strings.notFoundText,
  })
}
