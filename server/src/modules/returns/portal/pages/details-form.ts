import { html, MAX_EMAIL_CHARS, type SafeHtml } from '../../../orders/index.js'
import { MAX_PHOTO_BYTES, MAX_PHOTOS } from '../rules/photo-limits.js'
import { portalStrings } from '../rules/portal-strings.js'
import { MAX_DESCRIPTION_CHARS, REMEDIES, reasonsFor } from '../rules/request-input.js'
import type { PickedItem } from '../rules/selection-input.js'
import type { CheckPageInput } from './check-page-input.js'
import { selectionFields } from './selection-fields.js'

/** The details form: reason, description, remedy (complaints), photos and e-mail; multipart for the photos. */
export function detailsForm(input: CheckPageInput, items: readonly PickedItem[]): SafeHtml {
  const strings = portalStrings(input.language)
  const { details, issue } = input
  const on = (name: string) => issue?.field === name
  const invalid = (name: string) =>
    on(name) ? html` aria-invalid="true" aria-describedby="${name}-error"` : ''
  const problem = (name: string) =>
    on(name) && issue
      ? html`<p class="err" id="${name}-error" role="alert" data-testid="form-error">${strings.issues[issue.code]}</p>`
      : ''
  const reasons = reasonsFor(input.kind).map(
    (reason) =>
      html`<option value="${reason}"${details.reason === reason ? html` selected` : ''}>${strings.reasons[reason]}</option>`,
  )
  const remedies =
    input.kind === 'complaint'
      ? html`<fieldset data-testid="remedies"><legend>${strings.remedyLabel}</legend>
<p class="law">${strings.remedyOrder}</p>
${problem('remedy')}
${REMEDIES.map((remedy) => html`<label class="choice"><input type="radio" name="remedy" value="${remedy}"${details.remedy === remedy ? html` checked` : ''}${invalid('remedy')}><b>${strings.remedies[remedy]}</b></label>`)}
</fieldset>`
      : ''
  return html`<section class="card" aria-labelledby="details-title">
<h2 id="details-title">${strings.detailsTitle}</h2>
<form method="post" action="/t/${input.token}/return" enctype="multipart/form-data" data-testid="details-form">
<input type="hidden" name="lang" value="${input.language}">
<input type="hidden" name="formId" value="${details.formId}">
${selectionFields(input.kind, items)}
${problem('form')}
<label>${strings.reasonLabel}<select name="reason" required${invalid('reason')}><option value="">—</option>${reasons}</select></label>
${problem('reason')}
<label>${strings.descriptionLabel}<textarea name="description" maxlength="${MAX_DESCRIPTION_CHARS}"${input.kind === 'complaint' ? html` required` : ''}${invalid('description')}>${details.description}</textarea></label>
<p class="mu">${strings.descriptionHint[input.kind]}</p>
${problem('description')}
${remedies}
<label>${input.maskedEmail ? strings.emailLabel : strings.email}<input type="email" name="email" maxlength="${MAX_EMAIL_CHARS}" autocomplete="email" inputmode="email" value="${details.email}"${input.maskedEmail ? '' : html` required`}${invalid('email')}></label>
<p class="mu">${input.maskedEmail ? strings.emailHintOrder(input.maskedEmail) : strings.emailHintNone}</p>
${problem('email')}
<label>${strings.photosLabel}<input type="file" name="photos" accept="image/jpeg,image/png,image/webp" multiple${invalid('photos')}></label>
<p class="mu">${strings.photosHint(MAX_PHOTOS, MAX_PHOTO_BYTES / 1024 / 1024)}</p>
${problem('photos')}
<button class="btn pri" type="submit" data-testid="submit-case">${strings.submit[input.kind]}</button>
</form>
</section>`
}
