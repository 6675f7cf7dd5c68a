import type { AccentPalette } from '../../../rules/tracking-page/accent-palette.js'
import { html, raw, type SafeHtml } from '../../../rules/tracking-page/html.js'
import {
  TRACKING_LANGUAGES,
  type TrackingLanguage,
} from '../../../rules/tracking-page/languages.js'
import { trackingStrings } from '../../../rules/tracking-page/strings.js'
import { pageStyles } from './page-styles.js'

/** What every public page has around its content. */
export interface PageFrame {
  language: TrackingLanguage
  title: string
  palette: AccentPalette
  /** The CSP nonce of this response's one inline style element. */
  nonce: string
  shopName: string | null
  logoUrl: string | null
  /** Cards of the single-column layout, or the tracking page's areas. */
  layout: 'single' | 'tracking'
  content: SafeHtml
  /** Whether to remind the reader that the link is personal (not on the not-found page). */
  privacyNote: boolean
  /** More CSS after the page's own, for pages built on this shell (the returns portal). */
  extraStyles?: string
}

/** A logo only from an https URL: anything else would be mixed content or a script scheme. */
function safeLogo(url: string | null): string | null {
  if (!url) return null
  try {
    return new URL(url).protocol === 'https:' ? url : null
  } catch {
    return null
  }
}

/** Links to this same page in each language; the current one is marked for screen readers. */
function languageSwitcher(current: TrackingLanguage): SafeHtml {
  const strings = trackingStrings(current)
  const links = TRACKING_LANGUAGES.map(
    (language) =>
      html`<a href="?lang=${language}" hreflang="${language}" lang="${language}" title="${trackingStrings(language).languageName}"${language === current ? html` aria-current="page"` : ''}>${language.toUpperCase()}</a>`,
  )
  return html`<nav class="lang" aria-label="${strings.languageSwitcher}">${links}</nav>`
}

/** A whole HTML document: head with inline CSS, the seller's header bar, content and footer. */
export function pageDocument(frame: PageFrame): string {
  const strings = trackingStrings(frame.language)
  const logo = safeLogo(frame.logoUrl)
  const name = frame.shopName?.trim() || strings.trackingTitle
  return html`<!doctype html>
<html lang="${frame.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light">
<title>${frame.title}</title>
<style nonce="${frame.nonce}">${raw(pageStyles(frame.palette) + (frame.extraStyles ?? ''))}</style>
</head>
<body>
<header><div class="bar"><div class="brand">${logo ? html`<img src="${logo}" alt="" referrerpolicy="no-referrer">` : ''}<span>${name}</span></div>${languageSwitcher(frame.language)}</div></header>
<main${frame.layout === 'single' ? html` class="single"` : ''}>${frame.content}</main>
${frame.privacyNote ? html`<footer>${strings.privacyNote}</footer>` : ''}
</body>
</html>`.value
}
