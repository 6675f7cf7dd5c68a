import type { TrackingLanguage } from '../../../orders/index.js'
import { html, MAX_EMAIL_CHARS } from '../../../orders/index.js'
import { MAX_ORDER_NUMBER_CHARS } from '../rules/lookup-input.js'
import { portalStrings } from '../rules/portal-strings.js'
import { type PortalBranding, portalDocument } from './portal-frame.js'

/** The start page's state: what was typed and the one error, if any. */
export interface LookupPageInput {
  language: TrackingLanguage
  nonce: string
  slug: string
  branding: PortalBranding | null
  number: string
  email: string
  error: string | null
}

/** The portal's start page: order number and e-mail, posted without a script. */
export function renderLookupPage(input: LookupPageInput): string {
  const strings = portalStrings(input.language)
  const invalid = input.error ? html` aria-invalid="true" aria-describedby="lookup-error"` : ''
  return portalDocument({
    language: input.language,
    nonce: input.nonce,
    title: strings.lookupTitle,
    branding: input.branding,
    personal: false,
    content: html`<section class="card" aria-labelledby="lookup-title" data-testid="lookup-page">
<h1 id="lookup-title">${strings.lookupTitle}</h1>
<p>${strings.lookupIntro}</p>
<form method="post" action="/shop/${encodeURIComponent(input.slug)}/returns" data-testid="lookup-form">
<input type="hidden" name="lang" value="${input.language}">
${input.error ? html`<p class="err" id="lookup-error" role="alert">${input.error}</p>` : ''}
<label>${strings.orderNumber}<input type="text" name="number" required maxlength="${MAX_ORDER_NUMBER_CHARS}" autocomplete="off" autocapitalize="characters" spellcheck="false" value="${input.number}"${invalid}></label>
<label>${strings.email}<input type="email" name="email" required maxlength="${MAX_EMAIL_CHARS}" autocomplete="email" inputmode="email" value="${input.email}"${invalid}></label>
<button class="btn pri" type="submit">${strings.findOrder}</button>
</form>
</section>`,
  })
}
