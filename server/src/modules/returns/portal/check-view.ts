import type { ServiceContext } from '../../../platform/context.js'
import type { TrackingLanguage } from '../../orders/index.js'
import type { CaseKind } from '../rules/types.js'
import { previewReturnCase } from '../service/open-case.js'
import type { OpenedPortalOrder } from './open-order.js'
import { renderCheckPage } from './pages/check-page.js'
import type { CheckPageInput, DetailsState } from './pages/check-page-input.js'
import { maskEmail } from './rules/mask-email.js'
import type { PortalIssue } from './rules/portal-strings.js'
import type { PickedItem } from './rules/selection-input.js'

/** The check page for a selection: the engine's preview of the case, then the details form. */
export async function renderCheckFor(
  ctx: ServiceContext,
  opened: OpenedPortalOrder,
  page: {
    language: TrackingLanguage
    nonce: string
    kind: CaseKind
    picked: PickedItem[]
    details: DetailsState
    issue: { code: PortalIssue; field: string } | null
  },
): Promise<string> {
  const { order } = opened
  const preview = await previewReturnCase(ctx, {
    kind: page.kind,
    source: 'portal',
    orderId: order.id,
    language: page.language,
    // The reason does not change eligibility; the customer picks it on this page.
    reasonCode: 'other',
    items: page.picked.map((p) => ({
      orderItemId: p.orderItemId,
      quantity: p.quantity,
      unsealed: p.unsealed,
    })),
  })
  const input: CheckPageInput = {
    language: page.language,
    nonce: page.nonce,
    token: opened.token,
    orderNumber: order.number,
    branding: order.branding,
    kind: page.kind,
    picked: page.picked,
    evaluation: preview.evaluation,
    lines: preview.items.map((item, index) => ({
      orderItemId: item.orderItemId ?? page.picked[index]?.orderItemId ?? '',
      name: item.name,
      quantity: item.quantity,
      eligible: item.eligible,
      reason: item.reason,
    })),
    maskedEmail: order.buyerEmail ? maskEmail(order.buyerEmail) : null,
    details: page.details,
    issue: page.issue,
  }
  return renderCheckPage(input)
}
