import { LOCALE_OF } from '../../../rules/tracking-page/format-dates.js'
import { html, type SafeHtml } from '../../../rules/tracking-page/html.js'
import { pageMoney } from '../../../rules/tracking-page/page-money.js'
import { trackingStrings } from '../../../rules/tracking-page/strings.js'
import type { TrackingViewInput } from './view-input.js'

/** The items card: what was bought and paid for, and the delivery city (never the street). */
export function itemsCard(input: TrackingViewInput): SafeHtml | string {
  const { data, language } = input
  const strings = trackingStrings(language)
  const money = (minor: number) => pageMoney(minor, data.currency, LOCALE_OF[language])
  const lines = data.items.map(
    (item) =>
      html`<li><span>${item.name} <span class="q">× ${item.quantity}</span></span><span class="pr">${money(item.unitPriceMinor * item.quantity)}</span></li>`,
  )
  const place = [data.city, data.countryCode && data.countryCode !== 'PL' ? data.countryCode : null]
    .filter(Boolean)
    .join(', ')
  return html`<section class="card ii" aria-labelledby="items-title">
<h2 id="items-title">${strings.itemsTitle}</h2>
<ul class="items">${lines}
${data.shippingMinor > 0 ? html`<li><span>${strings.shipping}</span><span class="pr">${money(data.shippingMinor)}</span></li>` : ''}
<li><span>${strings.total}</span><span class="pr">${money(data.totalMinor)}</span></li>
</ul>
${place ? html`<p class="mu">${strings.deliveryTo}: ${place}</p>` : ''}
</section>`
}
