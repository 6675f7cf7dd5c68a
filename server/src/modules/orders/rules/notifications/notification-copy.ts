import type { NotificationKind } from './notification-kinds.js'

/** The facts a language's sentences are built from, already formatted for that language. */
export interface CopyFacts {
  kind: NotificationKind
  orderNumber: string
  shopName: string
  customerName: string | null
  /** The parcel's carrier, when the order has shipped. */
  carrier: string | null
  /** The expected (or, for a delay, the new expected) delivery day, long form: "wtorek, 14 stycznia". */
  expectedLong: string | null
  /** The same, short for SMS: "14 sty". */
  expectedShort: string | null
  /** Aftersale's tracking page for the order. */
  url: string
}

/**
 * One language's customer-facing wording for order notifications. Written per language, not
 * translated word for word: each follows its own letter conventions (German continues the
 * salutation in lower case, Polish addresses the buyer with "Ty" as Polish shops do).
 */
export interface NotificationCopy {
  /** The BCP 47 language these sentences are in. */
  language: string
  subject(facts: CopyFacts): string
  greeting(facts: CopyFacts): string
  /** The body before the details, one string per paragraph. */
  paragraphs(facts: CopyFacts): string[]
  labels: {
    carrier: string
    trackingNumber: string
    expectedDelivery: string
    summary: string
    total: string
    /** The accent-coloured button once there is a parcel. */
    trackParcel: string
    /** The button before there is one (or after delivery). */
    orderStatus: string
    /** The sign-off above the shop's name, with the punctuation the language wants there. */
    closing: string
  }
  /** Invites questions by reply; only used when the seller gave a reply-to address. */
  questions(email: string): string
  /**
   * SMS wordings, most complete first; the renderer takes the first that fits two parts. The
   * last one leaves out the shop's name, which the SMS sender field already shows.
   */
  sms(facts: CopyFacts): string[]
}

/** Ends a sentence with a full stop unless it already ends with one ("14. 1." stays). */
export function withPeriod(sentence: string): string {
  return sentence.endsWith('.') ? sentence : `${sentence}.`
}
