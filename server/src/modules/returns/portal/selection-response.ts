import type { FastifyReply } from 'fastify'
import type { TrackingLanguage } from '../../orders/index.js'
import { sendPage } from '../../orders/index.js'
import { isReturnable } from './load-order.js'
import type { OpenedPortalOrder } from './open-order.js'
import { renderSelectionPage } from './pages/selection-page.js'
import type { PortalIssue } from './rules/portal-strings.js'
import type { Selection } from './rules/selection-input.js'

/** The first step again, with what was picked and what is missing. */
export function sendSelection(
  reply: FastifyReply,
  opened: OpenedPortalOrder,
  page: {
    language: TrackingLanguage
    nonce: string
    selection: Selection
    issue: PortalIssue | null
  },
  status: number,
) {
  const { order } = opened
  const html = renderSelectionPage({
    ...page,
    token: opened.token,
    orderNumber: order.number,
    branding: order.branding,
    items: order.items,
    cases: order.cases,
    returnable: isReturnable(order),
  })
  return sendPage(reply, status, html, page.nonce)
}
