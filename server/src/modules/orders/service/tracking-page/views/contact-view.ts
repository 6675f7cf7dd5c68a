import { html, type SafeHtml } from '../../../rules/tracking-page/html.js'
import {
  isValidEmail,
  MAX_EMAIL_CHARS,
  MAX_PROBLEM_CHARS,
} from '../../../rules/tracking-page/problem-report-input.js'
import { type TrackingStrings, trackingStrings } from '../../../rules/tracking-page/strings.js'
import { languageQuery, type TrackingViewInput } from './view-input.js'

function errorText(input: TrackingViewInput, strings: TrackingStrings): string | null {
  const error = input.form.error
  if (!error) return null
  if (error.code === 'message_required') return strings.messageRequired
  if (error.code === 'message_too_long') return strings.messageTooLong(MAX_PROBLEM_CHARS)
  return strings.emailInvalid
}

/** The report form: a plain POST (no script), its fields kept after a refused attempt. */
export function problemForm(input: TrackingViewInput): SafeHtml {
  const strings = trackingStrings(input.language)
  const { form, data } = input
  const error = errorText(input, strings)
  const on = (field: 'message' | 'email') => form.error?.field === field
  const invalid = (field: 'message' | 'email') =>
    on(field) ? html` aria-invalid="true" aria-describedby="${field}-error"` : ''
  const problem = (field: 'message' | 'email') =>
    on(field) ? html`<p class="err" id="${field}-error" role="alert">${error}</p>` : ''
  return html`<form id="problem" method="post" action="/t/${input.token}/problem#problem" data-testid="problem-form">
<input type="hidden" name="lang" value="${input.language}">
<input type="hidden" name="submissionId" value="${form.submissionId}">
<label>${strings.messageLabel}<textarea name="message" required maxlength="${MAX_PROBLEM_CHARS}" placeholder="${strings.messagePlaceholder}"${invalid('message')}>${form.message}</textarea></label>
${problem('message')}
<label>${data.hasBuyerEmail ? strings.emailLabel : strings.emailLabelRequired}<input type="email" name="email" maxlength="${MAX_EMAIL_CHARS}" autocomplete="email" inputmode="email" value="${form.email}"${data.hasBuyerEmail ? '' : html` required`}${invalid('email')}></label>
${problem('email')}
<p class="mu">${data.hasBuyerEmail ? strings.emailHintOrderEmail : strings.emailHintNoOrderEmail}</p>
<button class="btn pri" type="submit">${strings.send}</button>
</form>`
}

/** Where to write when the shop takes no reports here: its reply-to address, if it has one. */
export function contactFallback(input: TrackingViewInput): SafeHtml | string {
  const strings = trackingStrings(input.language)
  const { replyToEmail } = input.data.branding
  if (!replyToEmail || !isValidEmail(replyToEmail)) return ''
  const subject = strings.problemSubject(input.data.number)
  const href = `mailto:${replyToEmail}?subject=${encodeURIComponent(subject)}`
  return html`<a class="btn pri" href="${href}" data-testid="contact-mailto">${strings.reportProblem}</a>`
}

/** The actions card: "Report a problem" (inline form, mail link or nothing) and "Return an item" (the returns portal). */
export function actionsCard(input: TrackingViewInput): SafeHtml {
  const strings = trackingStrings(input.language)
  const finished = ['cancelled_by_buyer', 'cancelled_by_seller', 'returned'].includes(
    input.data.status,
  )
  const report = input.data.acceptsReports
    ? html`<details data-testid="report-problem"${input.form.open ? html` open` : ''}><summary class="btn pri">${strings.reportProblem}</summary>${problemForm(input)}</details>`
    : contactFallback(input)
  const returnLink = finished
    ? ''
    : html`<a class="btn" href="/t/${input.token}/return${languageQuery(input)}" data-testid="return-item">${strings.returnItem}</a>`
  return html`<section class="card ia actions">${report}${returnLink}</section>`
}
