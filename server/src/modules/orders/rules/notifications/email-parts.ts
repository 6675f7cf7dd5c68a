import { formatMoney } from './format-money.js'
import { safeHttpUrl } from './html-safety.js'
import type { CopyFacts, NotificationCopy } from './notification-copy.js'
import type { OrderNotificationInput } from './notification-kinds.js'

/** One labelled fact under the message ("Tracking number: …"), optionally a link. */
export interface EmailDetail {
  label: string
  value: string
  href: string | null
}

/** An e-mail's content before it is laid out as text or HTML; all strings unescaped. */
export interface EmailParts {
  language: string
  subject: string
  greeting: string
  paragraphs: string[]
  details: EmailDetail[]
  summary: { heading: string; lines: string[]; total: EmailDetail } | null
  button: { label: string; href: string }
  questions: string | null
  closing: string
  shopName: string
  footer: string | null
  logoUrl: string | null
}

const WITH_SUMMARY = new Set(['order_received', 'shipped'])
const WITH_EXPECTED = new Set(['order_received', 'shipped'])

/** Decides what an order e-mail says and in which order, from the facts and the wording. */
export function buildEmailParts(
  copy: NotificationCopy,
  facts: CopyFacts,
  input: OrderNotificationInput,
  intlLocale: string,
): EmailParts {
  const { order, shipment, branding } = input
  const labels = copy.labels
  const details: EmailDetail[] = []
  if (shipment) {
    details.push({ label: labels.carrier, value: shipment.carrierLabel, href: null })
    details.push({
      label: labels.trackingNumber,
      value: shipment.trackingNumber,
      href: safeHttpUrl(shipment.trackingUrl),
    })
  }
  if (facts.expectedLong && WITH_EXPECTED.has(facts.kind)) {
    details.push({ label: labels.expectedDelivery, value: facts.expectedLong, href: null })
  }
  const summary = WITH_SUMMARY.has(facts.kind)
    ? {
        heading: labels.summary,
        lines: order.items.map((item) => `${item.quantity} × ${item.name}`),
        total: {
          label: labels.total,
          value: formatMoney(order.totalMinor, order.currency, intlLocale),
          href: null,
        },
      }
    : null
  const parcelOnItsWay = shipment && facts.kind !== 'delivered'
  const replyTo = branding.replyToEmail?.trim()
  return {
    language: copy.language,
    subject: copy.subject(facts),
    greeting: copy.greeting(facts),
    paragraphs: copy.paragraphs(facts),
    details,
    summary,
    button: { label: parcelOnItsWay ? labels.trackParcel : labels.orderStatus, href: facts.url },
    questions: replyTo ? copy.questions(replyTo) : null,
    closing: labels.closing,
    shopName: branding.shopName,
    footer: branding.footer?.trim() || null,
    logoUrl: safeHttpUrl(branding.logoUrl),
  }
}
