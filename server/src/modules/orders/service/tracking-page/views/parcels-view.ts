import { carrierLabel, trackingUrl } from '../../../rules/carriers/index.js'
import { html, type SafeHtml } from '../../../rules/tracking-page/html.js'
import { trackingStrings } from '../../../rules/tracking-page/strings.js'
import type { TrackingViewInput } from './view-input.js'

/** The parcels card: carrier, current status, tracking number and the carrier's own page. */
export function parcelsCard(input: TrackingViewInput): SafeHtml | string {
  const { data, language } = input
  const strings = trackingStrings(language)
  const cancelled = data.status === 'cancelled_by_buyer' || data.status === 'cancelled_by_seller'
  if (data.parcels.length === 0 && cancelled) return ''
  const several = data.parcels.length > 1
  const parcels = data.parcels.map((parcel, i) => {
    const carrier = parcel.carrier ? carrierLabel(parcel.carrier) : strings.carrierUnknown
    const status = parcel.status ? strings.trackingStatus[parcel.status] : null
    // The carrier's page opens without a referrer: the URL of this page is the buyer's key.
    const link = parcel.carrier
      ? html`<a class="btn" href="${trackingUrl(parcel.carrier, parcel.trackingNumber, language)}" rel="noopener noreferrer" target="_blank">${strings.trackOn(carrier)}</a>`
      : ''
    return html`<div class="parcel" data-testid="parcel">
${several ? html`<p class="mu">${strings.parcel(i + 1)}</p>` : ''}
<div class="ph"><strong>${carrier}</strong>${status ? html`<span class="pill">${status}</span>` : ''}</div>
<p class="mu">${strings.trackingNumber}<br><span class="num">${parcel.trackingNumber}</span></p>
${link}
</div>`
  })
  return html`<section class="card ip" aria-labelledby="parcels-title">
<h2 id="parcels-title">${strings.parcelsTitle}</h2>
${parcels.length > 0 ? parcels : html`<p class="mu">${strings.noParcelYet}</p>`}
</section>`
}
