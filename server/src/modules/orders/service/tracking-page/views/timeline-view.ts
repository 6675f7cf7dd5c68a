import { formatMoment } from '../../../rules/tracking-page/format-dates.js'
import { html, type SafeHtml } from '../../../rules/tracking-page/html.js'
import { trackingStrings } from '../../../rules/tracking-page/strings.js'
import { buildTimeline } from '../../../rules/tracking-page/timeline.js'
import type { TrackingViewInput } from './view-input.js'

/** The history card: order milestones and carrier scans, newest first, on the shop's clock. */
export function timelineCard(input: TrackingViewInput): SafeHtml | string {
  const { data, language, timeZone, now } = input
  const strings = trackingStrings(language)
  const entries = buildTimeline(data.milestones, data.parcels)
  if (entries.length === 0) return ''
  const several = data.parcels.length > 1
  const items = entries.map((entry) => {
    const label =
      entry.kind === 'order'
        ? strings.orderStatus[entry.status]
        : strings.trackingStatus[entry.status] +
          (several ? ` · ${strings.parcel(entry.parcel)}` : '')
    const location = entry.kind === 'parcel' ? entry.location : null
    return html`<li data-kind="${entry.kind}" data-status="${entry.status}"><b>${label}</b><time datetime="${entry.at.toISOString()}">${formatMoment(entry.at, language, timeZone, now)}</time>${location ? html`<span>${location}</span>` : ''}</li>`
  })
  return html`<section class="card it" aria-labelledby="timeline-title">
<h2 id="timeline-title">${strings.timelineTitle}</h2>
<ol class="tl" data-testid="timeline">${items}</ol>
<p class="mu">${strings.timesIn(timeZone)}</p>
</section>`
}
