import type { TrackingLanguage } from '../../../orders/index.js'
import type { CaseKind, Remedy } from '../../rules/types.js'
import type { ReturnReason } from '../../service/case-input.js'
import type { CaseStatus } from '../../tables.js'
import type { ExplainedReason, ReasonDates } from './reason-codes.js'
import { DE } from './strings-de.js'
import { EN } from './strings-en.js'
import { PL } from './strings-pl.js'

/** The events a customer sees on the status page, by action. */
export const CUSTOMER_EVENT_ACTIONS = [
  'opened',
  'item_requested',
  'received',
  'accepted',
  'refused',
  'refund_done',
  'replacement_sent',
  'repair_done',
  'deemed_accepted',
] as const
export type CustomerEventAction = (typeof CUSTOMER_EVENT_ACTIONS)[number]

/** A refund's state as the customer may see it. */
export type RefundState = 'pending' | 'requested' | 'done' | 'failed'

/** Every text of the returns portal, in one language. */
export interface PortalStrings {
  portalTitle: string
  lookupTitle: string
  lookupIntro: string
  orderNumber: string
  email: string
  findOrder: string
  lookupFailed: string
  lookupIncomplete: string
  portalClosedTitle: string
  portalClosed: string
  order(number: string): string
  chooseTitle: string
  chooseIntro: string
  quantity: string
  sealedQuestion: string
  sealedYes: string
  sealedNo: string
  kindQuestion: string
  kinds: Record<CaseKind, { label: string; hint: string }>
  continue: string
  pickItem: string
  pickKind: string
  notReturnable: string
  existingCases: string
  eligibilityTitle: string
  eligible: string
  notEligible: string
  decisionAccept: Record<CaseKind, string>
  decisionRefuse: Record<CaseKind, string>
  complaintInstead: string
  complaintInsteadButton: string
  detailsTitle: string
  reasonLabel: string
  reasons: Record<ReturnReason, string>
  descriptionLabel: string
  descriptionHint: Record<CaseKind, string>
  remedyLabel: string
  remedyOrder: string
  remedies: Record<Remedy, string>
  photosLabel: string
  photosHint(max: number, megabytes: number): string
  emailLabel: string
  emailHintOrder(masked: string): string
  emailHintNone: string
  submit: Record<CaseKind, string>
  changeSelection: string
  issues: Record<PortalIssue, string>
  explain: Record<ExplainedReason, (dates: ReasonDates) => string>
  returnGoodsBy(date: string): string
  refundBy(date: string): string
  respondBy(date: string): string
  deemedAccepted(date: string): string
  statusTitle(number: string): string
  statusWords: Record<CaseStatus, string>
  kindName: Record<CaseKind, string>
  itemsTitle: string
  deadlinesTitle: string
  decisionTitle: string
  decisionAccepted: string
  decisionRefused: string
  refundTitle: string
  refundStates: Record<RefundState, string>
  returnAddressTitle: string
  historyTitle: string
  events: Record<CustomerEventAction, string>
  customerEvent: string
  photoEvent: string
  addPhotos: string
  uploadPhotos: string
  photosAdded(count: number): string
  created: string
  tooManyTitle: string
  tooMany(minutes: number): string
  caseNotFoundTitle: string
  caseNotFound: string
  backToOrder: string
  toTracking: string
}

/** What can be wrong with a portal form, each with its own message. */
export type PortalIssue =
  | 'items_required'
  | 'kind_required'
  | 'reason_required'
  | 'description_too_long'
  | 'description_required'
  | 'remedy_required'
  | 'email_invalid'
  | 'email_required'
  | 'photos_too_many'
  | 'photo_too_large'
  | 'photo_type'
  | 'photos_required'
  | 'form_expired'

const STRINGS: Record<TrackingLanguage, PortalStrings> = { pl: PL, en: EN, de: DE }

/** The returns portal's texts in `language`. */
export const portalStrings = (language: TrackingLanguage): PortalStrings => STRINGS[language]
