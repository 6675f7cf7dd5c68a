import { html, type SafeHtml } from '../../../orders/index.js'
import { MAX_PHOTO_BYTES, MAX_PHOTOS } from '../rules/photo-limits.js'
import { portalStrings } from '../rules/portal-strings.js'
import type { StatusPageInput } from './status-page-input.js'

/** "Add photos" on the status page, while the case is open and has room for more. */
export function photoForm(input: StatusPageInput): SafeHtml | string {
  if (input.found.status === 'resolved') return ''
  const strings = portalStrings(input.language)
  const error = input.photoIssue
    ? html`<p class="err" id="photos-error" role="alert" data-testid="form-error">${strings.issues[input.photoIssue]}</p>`
    : ''
  return html`<section class="card" aria-labelledby="photos-title" id="photos">
<h2 id="photos-title">${strings.addPhotos}</h2>
<form method="post" action="/r/${input.portalToken}/photos" enctype="multipart/form-data" data-testid="photo-form">
<input type="hidden" name="lang" value="${input.language}">
<label>${strings.photosLabel}<input type="file" name="photos" accept="image/jpeg,image/png,image/webp" multiple required${input.photoIssue ? html` aria-invalid="true" aria-describedby="photos-error"` : ''}></label>
<p class="mu">${strings.photosHint(MAX_PHOTOS, MAX_PHOTO_BYTES / 1024 / 1024)}</p>
${error}
<button class="btn" type="submit">${strings.uploadPhotos}</button>
</form>
</section>`
}
