/** The direct-marketing channels that need the customer's prior consent. */
export type MarketingPurpose = 'marketing_email' | 'marketing_sms'

/** One recorded grant or withdrawal of consent (the history is append-only). */
export interface ConsentRecord {
  purpose: MarketingPurpose
  granted: boolean
  recordedAt: Date
  /** Where it was given or withdrawn: 'widget', 'shop_checkout', 'agent', 'unsubscribe_link', … */
  source: string
}

/**
 * The consent record in force for `purpose`: the latest one; on an identical timestamp a
 * withdrawal wins, because consent must be as easy to withdraw as to give (GDPR art. 7(3)).
 */
export function latestConsent(
  consents: readonly ConsentRecord[],
  purpose: MarketingPurpose,
): ConsentRecord | null {
  let latest: ConsentRecord | null = null
  for (const record of consents) {
    if (record.purpose !== purpose) continue
    const at = record.recordedAt.getTime()
    const best = latest?.recordedAt.getTime() ?? Number.NEGATIVE_INFINITY
    if (at > best || (at === best && latest?.granted === true && !record.granted)) latest = record
  }
  return latest
}

/**
 * Whether we may send direct marketing by e-mail or SMS: only on a prior, still-standing
 * consent — the latest record wins and no record means no. Prawo komunikacji elektronicznej
 * (Dz.U. 2024 poz. 1221, in force 10 Nov 2024; it replaced art. 10 u.ś.d.e. and art. 172 Prawa
 * telekomunikacyjnego) art. 398–399: no commercial information or direct marketing through
 * terminal equipment (e-mail, SMS) without the recipient's prior consent. That consent is a GDPR
 * consent (art. 4(11), 7): specific, demonstrable, withdrawable at any time. Order-status
 * messages need none (GDPR art. 6(1)(b); see isTransactional).
 */
export function canSendMarketing(
  consents: readonly ConsentRecord[],
  purpose: MarketingPurpose,
): boolean {
  return latestConsent(consents, purpose)?.granted === true
}

/**
 * Messages we send because of an order or a case the customer opened: performing the contract
 * (GDPR art. 6(1)(b)) and legal duties to inform (ustawa o prawach konsumenta art. 7a, 21, 32),
 * not commercial information.
 */
export const TRANSACTIONAL_MESSAGE_KINDS = [
  'order_confirmation',
  'payment_confirmation',
  'order_status',
  'shipping_update',
  'delivery_update',
  'pickup_reminder',
  'invoice',
  'return_update',
  'complaint_update',
  'refund_confirmation',
  'agent_reply',
  'chatbot_reply',
] as const
export type TransactionalMessageKind = (typeof TRANSACTIONAL_MESSAGE_KINDS)[number]

const TRANSACTIONAL = new Set<string>(TRANSACTIONAL_MESSAGE_KINDS)

/**
 * True when a message kind is transactional and needs no marketing consent (order status,
 * shipping, invoices, return and complaint updates, replies in a conversation the customer
 * started). Anything else — newsletters, promotions, win-back, cart reminders and review
 * requests (a satisfaction survey is advertising: BGH 10.07.2018, VI ZR 225/17) — is not, and
 * unknown kinds are treated as marketing.
 */
export function isTransactional(kind: string): kind is TransactionalMessageKind {
  return TRANSACTIONAL.has(kind)
}
