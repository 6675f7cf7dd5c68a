import { accentPalette } from '../../../rules/tracking-page/accent-palette.js'
import { html, type SafeHtml } from '../../../rules/tracking-page/html.js'
import type { TrackingLanguage } from '../../../rules/tracking-page/languages.js'
import { pageDocument } from './page-shell.js'

/** A one-message page: not found, too many reports, reports switched off. */
export interface NoticePage {
  language: TrackingLanguage
  nonce: string
  title: string
  text: string
  /** A link back (to the tracking page); none on the not-found page. */
  back?: { href: string; label: string }
  /** Extra content under the text, e.g. a mail link to the seller. */
  extra?: SafeHtml | string
  /** The seller's branding when the order is known; the not-found page shows none. */
  branding?: { shopName: string | null; accentColor: string | null; logoUrl: string | null }
}

/** Renders a notice in the tracking page's look, so an error never looks like another site. */
export function renderNotice(page: NoticePage): string {
  return pageDocument({
    language: page.language,
    title: page.title,
    palette: accentPalette(page.branding?.accentColor),
    nonce: page.nonce,
    shopName: page.branding?.shopName ?? null,
    logoUrl: page.branding?.logoUrl ?? null,
    layout: 'single',
    privacyNote: page.branding !== undefined,
    content: html`<section class="card" data-testid="notice">
<h1>${page.title}</h1>
<p>${page.text}</p>
${page.extra ?? ''}
${page.back ? html`<p><a href="${page.back.href}">← ${page.back.label}</a></p>` : ''}
</section>`,
  })
}
