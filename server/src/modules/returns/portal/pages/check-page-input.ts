import type { CaseEvaluation, CaseKind } from '../../rules/types.js'
import type { PortalIssue } from '../rules/portal-strings.js'
import type { PickedItem } from '../rules/selection-input.js'
import type { OrderPageFrame } from './order-page-input.js'

/** One picked line with the engine's verdict. */
export interface CheckedLine {
  orderItemId: string
  name: string
  quantity: number
  eligible: boolean
  reason: string | null
}

/** What the customer typed in the details form, kept after a refused attempt. */
export interface DetailsState {
  reason: string
  description: string
  remedy: string
  email: string
  formId: string
}

/** The second step's state: the verdict and the details form. */
export interface CheckPageInput extends OrderPageFrame {
  kind: CaseKind
  picked: PickedItem[]
  evaluation: Pick<
    CaseEvaluation,
    | 'decision'
    | 'reasons'
    | 'deadline'
    | 'returnGoodsBy'
    | 'refundBy'
    | 'respondBy'
    | 'deemedAcceptedOn'
  >
  lines: CheckedLine[]
  /** The order's e-mail as a masked hint, or null when the order has none. */
  maskedEmail: string | null
  details: DetailsState
  issue: { code: PortalIssue; field: string } | null
}
