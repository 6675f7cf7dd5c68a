import { accentPalette } from '../../../rules/tracking-page/accent-palette.js'
import { html } from '../../../rules/tracking-page/html.js'
import { trackingStrings } from '../../../rules/tracking-page/strings.js'
import { contactFallback, problemForm } from './contact-view.js'
import { itemsCard } from './items-view.js'
import { pageDocument } from './page-shell.js'
import { languageQuery, type TrackingViewInput } from './view-input.js'

/**
 * "Return an item" until the returns portal exists: returns are asked for by writing to the
 * seller, here through the same form as a problem report (or the seller's address).
 */
export function renderReturnPage(input: TrackingViewInput): string {
  const { data, language } = input
  const strings = trackingStrings(language)
  const contact = data.acceptsReports
    ? problemForm(input, 'return')
    : contactFallback(input, 'return')
  return pageDocument({
    language,
    title: [strings.returnTitle, strings.order(data.number)].join(' · '),
    palette: accentPalette(data.branding.accentColor),
    nonce: input.nonce,
    shopName: data.branding.shopName,
    logoUrl: data.branding.logoUrl,
    layout: 'single',
    privacyNote: true,
    content: html`<section class="card" aria-labelledby="return-title" data-testid="return-page">
<p class="mu">${strings.order(data.number)}</p>
<h1 id="return-title">${strings.returnTitle}</h1>
<p>${strings.returnIntro}</p>
${contact}
</section>
${itemsCard(input)}
<p><a href="/t/${input.token}${languageQuery(input)}">← ${strings.backToTracking}</a></p>`,
  })
}
