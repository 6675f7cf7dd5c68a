import { randomBytes } from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { systemActor } from '../../../../platform/context.js'
import type { WorkspaceScope } from '../../../../platform/db/workspace-transaction.js'

/** A fresh CSP nonce (128 random bits, as CSP Level 3 §6.7.2.1 asks for at least). */
export const newNonce = () => randomBytes(16).toString('base64')

/**
 * The page's Content Security Policy: nothing may load but this response's own style element
 * and https images (the seller's logo); forms post only here; no framing, no <base>.
 */
export const contentSecurityPolicy = (nonce: string) =>
  [
    "default-src 'none'",
    `style-src 'nonce-${nonce}'`,
    'img-src https:',
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ')

/**
 * Sends a page of the public tracking site. The URL is the buyer's key to the order: never
 * cached by proxies, never sent on as a referrer, never indexed by search engines.
 */
export function sendPage(reply: FastifyReply, status: number, page: string, nonce: string) {
  return reply
    .status(status)
    .headers({
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'private, no-store',
      'referrer-policy': 'no-referrer',
      'x-robots-tag': 'noindex, nofollow',
      'content-security-policy': contentSecurityPolicy(nonce),
      vary: 'accept-language',
    })
    .send(page)
}

/** The workspace scope a tracking-page request acts in: the order's workspace, as the page. */
export function trackingScope(request: FastifyRequest, workspaceId: string): WorkspaceScope {
  return {
    workspaceId,
    actor: systemActor('Tracking page'),
    ip: request.ip,
    requestId: String(request.id),
  }
}

/** Whether the request came from the page's own HTML form (answered with pages, not JSON). */
export const isFormPost = (request: FastifyRequest) =>
  (request.headers['content-type'] ?? '')
    .toLowerCase()
    .startsWith('application/x-www-form-urlencoded')
