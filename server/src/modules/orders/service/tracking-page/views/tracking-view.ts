import { accentPalette } from '../../../rules/tracking-page/accent-palette.js'
import { html } from '../../../rules/tracking-page/html.js'
import { trackingStrings } from '../../../rules/tracking-page/strings.js'
import { actionsCard } from './contact-view.js'
import { itemsCard } from './items-view.js'
import { pageDocument } from './page-shell.js'
import { parcelsCard } from './parcels-view.js'
import { headlineOf, summaryCard } from './summary-view.js'
import { timelineCard } from './timeline-view.js'
import type { TrackingViewInput } from './view-input.js'

/** The public tracking page of one order as a complete HTML document. */
export function renderTrackingPage(input: TrackingViewInput): string {
  const { data, language } = input
  const strings = trackingStrings(language)
  const headline = headlineOf(data, input.timeZone, input.now)
  const thanks = input.reported
    ? html`<p class="note in" id="reported" role="status" data-testid="reported">${strings.reported}</p>`
    : ''
  const shop = data.branding.shopName?.trim()
  return pageDocument({
    language,
    title: [strings.headline[headline.key], strings.order(data.number), shop]
      .filter(Boolean)
      .join(' · '),
    palette: accentPalette(data.branding.accentColor),
    nonce: input.nonce,
    shopName: data.branding.shopName,
    logoUrl: data.branding.logoUrl,
    layout: 'tracking',
    privacyNote: true,
    content: html`${thanks}
${summaryCard(input, headline)}
${parcelsCard(input)}
${actionsCard(input)}
${timelineCard(input)}
${itemsCard(input)}`,
  })
}
