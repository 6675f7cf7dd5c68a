import { html, type SafeHtml } from '../../../orders/index.js'
import { explainItemReason, explainReasons } from '../rules/explain-reasons.js'
import { portalStrings } from '../rules/portal-strings.js'
import type { PickedItem } from '../rules/selection-input.js'
import type { CheckPageInput } from './check-page-input.js'
import { deadlineFacts } from './deadline-facts.js'
import { detailsForm } from './details-form.js'
import { portalDocument } from './portal-frame.js'
import { selectionFields } from './selection-fields.js'

/** The items the case will name: for a withdrawal only the eligible ones (art. 38 applies item by item). */
export function submittedItems(input: CheckPageInput): PickedItem[] {
  if (input.kind === 'complaint') return input.picked
  const eligible = new Set(input.lines.filter((l) => l.eligible).map((l) => l.orderItemId))
  return input.picked.filter((p) => eligible.has(p.orderItemId))
}

function verdictList(input: CheckPageInput): SafeHtml {
  const strings = portalStrings(input.language)
  const deadline = input.evaluation.deadline
  return html`<ul class="verdict" data-testid="verdict">${input.lines.map((line) => {
    const why = line.eligible ? null : explainItemReason(line.reason, deadline, input.language)
    return html`<li data-eligible="${String(line.eligible)}"><b>${line.name} <span class="q">× ${line.quantity}</span></b><span class="tag ${line.eligible ? 'ok' : 'no'}">${line.eligible ? strings.eligible : strings.notEligible}</span>${why ? html`<p class="why">${why}</p>` : ''}</li>`
  })}</ul>`
}

function complaintInstead(input: CheckPageInput): SafeHtml | string {
  const refused = input.lines.some((l) => !l.eligible)
  if (input.kind !== 'withdrawal' || !refused) return ''
  const strings = portalStrings(input.language)
  return html`<form method="post" action="/t/${input.token}/return/check" data-testid="complaint-instead">
<input type="hidden" name="lang" value="${input.language}">
${selectionFields('complaint', input.picked)}
<p>${strings.complaintInstead}</p>
<button class="btn" type="submit">${strings.complaintInsteadButton}</button>
</form>`
}

/** Step two: the engine's verdict in plain words, then the details form when a case can be opened. */
export function renderCheckPage(input: CheckPageInput): string {
  const strings = portalStrings(input.language)
  const { evaluation } = input
  const items = submittedItems(input)
  const canSubmit =
    items.length > 0 && (input.kind === 'withdrawal' || evaluation.decision === 'accept')
  // Reasons already told next to an item are not repeated above the list.
  const perItem = new Set(input.lines.map((l) => l.reason))
  const reasons = explainReasons(
    evaluation.reasons.filter((r) => !perItem.has(r)),
    evaluation.deadline,
    input.language,
  )
  const facts = [
    ...reasons,
    ...(canSubmit ? deadlineFacts(input.kind, evaluation, input.language) : []),
  ]
  return portalDocument({
    language: input.language,
    nonce: input.nonce,
    title: [strings.eligibilityTitle, strings.order(input.orderNumber)].join(' · '),
    branding: input.branding,
    personal: true,
    content: html`<section class="card" aria-labelledby="verdict-title" data-testid="check-page" data-decision="${canSubmit ? 'accept' : 'refuse'}">
<p class="mu">${strings.order(input.orderNumber)} · ${strings.kindName[input.kind]}</p>
<h1 id="verdict-title">${strings.eligibilityTitle}</h1>
<p class="note${canSubmit ? '' : ' warn'}" data-testid="decision">${canSubmit ? strings.decisionAccept[input.kind] : strings.decisionRefuse[input.kind]}</p>
${facts.length > 0 ? html`<ul class="facts" data-testid="reasons">${facts.map((f) => html`<li>${f}</li>`)}</ul>` : ''}
${verdictList(input)}
${complaintInstead(input)}
</section>
${canSubmit ? detailsForm(input, items) : ''}
<p><a href="/t/${input.token}/return?lang=${input.language}">← ${strings.changeSelection}</a></p>`,
  })
}
