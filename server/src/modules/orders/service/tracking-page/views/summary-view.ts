import { civilDate } from '../../../rules/tracking-page/civil-date.js'
import {
  type ExpectedDelivery,
  expectedDelivery,
} from '../../../rules/tracking-page/expected-delivery.js'
import {
  formatDay,
  formatDayMonth,
  formatDayRange,
  formatMoment,
  relativeDay,
} from '../../../rules/tracking-page/format-dates.js'
import {
  type Headline,
  progressStep,
  trackingHeadline,
} from '../../../rules/tracking-page/headline.js'
import { html, type SafeHtml } from '../../../rules/tracking-page/html.js'
import { type TrackingStrings, trackingStrings } from '../../../rules/tracking-page/strings.js'
import type { TrackingPageData } from '../load-tracking-page.js'
import type { TrackingViewInput } from './view-input.js'

/** The headline of an order, from its parcels as of `today` in the workspace's zone. */
export function headlineOf(data: TrackingPageData, timeZone: string, now: Date): Headline {
  const parcels = data.parcels.map((p) => ({
    status: p.status,
    statusDate: p.statusAt ? civilDate(p.statusAt, timeZone) : null,
  }))
  return trackingHeadline(data, parcels, civilDate(now, timeZone))
}

/** When the order arrived: the last parcel's delivery, else the order's own milestone. */
function deliveredAt(data: TrackingPageData): Date | null {
  const times = [
    ...data.parcels.flatMap((p) => [
      ...(p.deliveredAt ? [p.deliveredAt] : []),
      ...p.events.filter((e) => e.status === 'delivered').map((e) => e.occurredAt),
    ]),
    ...data.milestones.filter((m) => m.status === 'delivered').map((m) => m.occurredAt),
  ]
  return times.sort((a, b) => b.getTime() - a.getTime())[0] ?? null
}

function dayText(date: string, today: string, strings: TrackingStrings, input: TrackingViewInput) {
  const relative = relativeDay(date, today, strings)
  const day = formatDay(date, input.language)
  return relative ? `${relative}, ${day}` : day
}

function expectedBlock(eta: ExpectedDelivery, input: TrackingViewInput): SafeHtml | string {
  if (!eta) return ''
  const strings = trackingStrings(input.language)
  const today = civilDate(input.now, input.timeZone)
  if (eta.kind === 'late') return html`<div class="eta"><strong>${strings.late}</strong></div>`
  if (eta.kind === 'carrier')
    return html`<div class="eta"><span class="mu">${strings.expectedByCarrier}</span><strong>${dayText(eta.date, today, strings, input)}</strong></div>`
  const when =
    eta.from === eta.to
      ? dayText(eta.from, today, strings, input)
      : formatDayRange(eta.from, eta.to, input.language)
  return html`<div class="eta" data-estimate><span class="mu">${strings.expectedEstimated}</span><span class="badge">${strings.estimateBadge}</span><strong>${when}</strong><span class="mu">${strings.estimateNote}</span></div>`
}

function steps(headline: Headline, strings: TrackingStrings): SafeHtml | string {
  const reached = progressStep(headline.key)
  if (reached === null) return ''
  const items = strings.steps.map((label, i) => {
    const state = i < reached ? 'done' : i === reached ? 'done now' : ''
    return html`<li class="${state}"${i === reached ? html` aria-current="step"` : ''}>${label}</li>`
  })
  return html`<ol class="steps">${items}</ol>`
}

/** The top card: order number, headline (and what to do), expected delivery and progress. */
export function summaryCard(input: TrackingViewInput, headline: Headline): SafeHtml {
  const { data, language, timeZone, now } = input
  const strings = trackingStrings(language)
  const delivered = headline.key === 'delivered' ? deliveredAt(data) : null
  const title = delivered
    ? strings.deliveredOn(formatDayMonth(civilDate(delivered, timeZone), language))
    : strings.headline[headline.key]
  const hint = strings.headlineHint[headline.key]
  const partly = headline.deliveredParcels > 0 && headline.deliveredParcels < headline.totalParcels
  const eta = expectedDelivery({
    order: data,
    parcels: data.parcels.map((p) => ({
      carrier: p.carrier,
      status: p.status,
      statusAt: p.statusAt,
      expectedDeliveryAt: p.expectedDeliveryAt,
      firstScanAt: p.events.at(-1)?.occurredAt ?? null,
    })),
    now,
    timeZone,
  })
  return html`<section class="card is" aria-labelledby="headline">
<p class="mu">${strings.order(data.number)}</p>
<h1 id="headline" data-headline="${headline.key}">${title}</h1>
${delivered ? html`<p class="mu">${formatMoment(delivered, language, timeZone, now)}</p>` : ''}
${hint ? html`<p>${hint}</p>` : ''}
${partly ? html`<p class="mu">${strings.parcelsDelivered(headline.deliveredParcels, headline.totalParcels)}</p>` : ''}
${expectedBlock(eta, input)}
${steps(headline, strings)}
</section>`
}
