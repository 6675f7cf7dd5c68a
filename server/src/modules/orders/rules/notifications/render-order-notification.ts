import { renderEmailHtml } from './email-html.js'
import { buildEmailParts } from './email-parts.js'
import { renderEmailText } from './email-text.js'
import { safeHttpUrl } from './html-safety.js'
import type { CopyFacts } from './notification-copy.js'
import type {
  NotificationChannel,
  NotificationKind,
  OrderNotificationInput,
  RenderedNotification,
} from './notification-kinds.js'
import { copyForLocale } from './pick-copy.js'
import { chooseSmsText } from './sms-text.js'

function formatDay(date: Date | null | undefined, locale: string, timeZone: string, long: boolean) {
  if (!date) return null
  const options: Intl.DateTimeFormatOptions = long
    ? { weekday: 'long', day: 'numeric', month: 'long', timeZone }
    : { day: 'numeric', month: 'short', timeZone }
  return new Intl.DateTimeFormat(locale, options).format(date)
}

/**
 * Renders an order-status message in the buyer's language (pl, en, de, cs, sk; others get
 * English): for e-mail a subject, a plain-text and an HTML body; for SMS one short text of at
 * most two parts. Throws RangeError when the tracking page URL is not absolute http(s).
 */
export function renderOrderNotification(
  kind: NotificationKind,
  input: OrderNotificationInput,
  channel: NotificationChannel,
): RenderedNotification {
  const url = safeHttpUrl(input.trackingPageUrl)
  if (!url) throw new RangeError(`trackingPageUrl must be an absolute http(s) URL`)
  const { copy, intlLocale } = copyForLocale(input.locale)
  const { order } = input
  const facts: CopyFacts = {
    kind,
    orderNumber: order.number,
    shopName: input.branding.shopName.trim(),
    customerName: input.customerName?.trim() || null,
    carrier: input.shipment?.carrierLabel.trim() || null,
    expectedLong: formatDay(order.expectedDeliveryAt, intlLocale, order.timeZone, true),
    expectedShort: formatDay(order.expectedDeliveryAt, intlLocale, order.timeZone, false),
    url,
  }
  if (channel === 'sms') return { subject: null, text: chooseSmsText(copy.sms(facts)), html: null }
  const parts = buildEmailParts(copy, facts, input, intlLocale)
  return {
    subject: parts.subject,
    text: renderEmailText(parts),
    html: renderEmailHtml(parts, input.branding.accentColor),
  }
}
