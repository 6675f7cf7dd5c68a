import type { ProductFlag } from '../../../orders/index.js'
import { html, type SafeHtml } from '../../../orders/index.js'
import type { CaseKind } from '../../rules/types.js'
import type { CaseStatus } from '../../tables.js'
import { type PortalIssue, portalStrings } from '../rules/portal-strings.js'
import { isSealed, itemFields, type Selection } from '../rules/selection-input.js'
import type { OrderPageFrame } from './order-page-input.js'
import { portalDocument } from './portal-frame.js'

/** An order line as the first step lists it. */
export interface OrderLine {
  id: string
  name: string
  quantity: number
  flags: readonly ProductFlag[]
}

/** A case the customer already opened for this order. */
export interface ExistingCase {
  number: string
  portalToken: string
  kind: CaseKind
  status: CaseStatus
}

/** The first step's state. */
export interface SelectionPageInput extends OrderPageFrame {
  items: OrderLine[]
  selection: Selection
  issue: PortalIssue | null
  cases: ExistingCase[]
  /** False for a cancelled order: nothing was delivered, so there is nothing to send back. */
  returnable: boolean
}

function lineChoice(input: SelectionPageInput, line: OrderLine): SafeHtml {
  const strings = portalStrings(input.language)
  const names = itemFields(line.id)
  const picked = input.selection.items.find((i) => i.orderItemId === line.id)
  const quantities = Array.from({ length: line.quantity }, (_, i) => i + 1)
  const quantity =
    line.quantity > 1
      ? html`<label>${strings.quantity} <select name="${names.quantity}">${quantities.map((q) => html`<option value="${q}"${q === (picked?.quantity ?? line.quantity) ? html` selected` : ''}>${q}</option>`)}</select></label>`
      : ''
  const sealed = isSealed(line)
    ? html`<fieldset><legend>${strings.sealedQuestion}</legend><div class="yn"><label><input type="radio" name="${names.unsealed}" value="no"${picked?.unsealed ? '' : html` checked`}>${strings.sealedNo}</label><label><input type="radio" name="${names.unsealed}" value="yes"${picked?.unsealed ? html` checked` : ''}>${strings.sealedYes}</label></div></fieldset>`
    : ''
  return html`<div class="pick" data-testid="pick-item"><input type="checkbox" id="${names.pick}" name="${names.pick}" value="1"${picked ? html` checked` : ''}><label for="${names.pick}"><b>${line.name}</b> <span class="q">× ${line.quantity}</span></label>${quantity || sealed ? html`<div class="sub">${quantity}${sealed}</div>` : ''}</div>`
}

function kindChoice(input: SelectionPageInput, kind: CaseKind): SafeHtml {
  const { label, hint } = portalStrings(input.language).kinds[kind]
  const checked = input.selection.kind === kind ? html` checked` : ''
  return html`<label class="choice"><input type="radio" name="kind" value="${kind}"${checked} data-testid="kind-${kind}"><b>${label}</b><span>${hint}</span></label>`
}

function casesCard(input: SelectionPageInput): SafeHtml | string {
  if (input.cases.length === 0) return ''
  const strings = portalStrings(input.language)
  const rows = input.cases.map(
    (c) =>
      html`<li><a href="/r/${c.portalToken}?lang=${input.language}">${strings.kindName[c.kind]} ${c.number}</a> — ${strings.statusWords[c.status]}</li>`,
  )
  return html`<section class="card" data-testid="existing-cases"><h2>${strings.existingCases}</h2><ul class="cases">${rows}</ul></section>`
}

/** Step one: tick the items (quantity, seal) and choose a withdrawal or a complaint. */
export function renderSelectionPage(input: SelectionPageInput): string {
  const strings = portalStrings(input.language)
  const error = input.issue
    ? html`<p class="err" role="alert" data-testid="form-error">${strings.issues[input.issue]}</p>`
    : ''
  const form = input.returnable
    ? html`<form method="post" action="/t/${input.token}/return/check" data-testid="selection-form">
<input type="hidden" name="lang" value="${input.language}">
${error}
<fieldset><legend>${strings.chooseIntro}</legend>${input.items.map((line) => lineChoice(input, line))}</fieldset>
<fieldset><legend>${strings.kindQuestion}</legend>${kindChoice(input, 'withdrawal')}${kindChoice(input, 'complaint')}</fieldset>
<button class="btn pri" type="submit">${strings.continue}</button>
</form>`
    : html`<p class="note warn">${strings.notReturnable}</p>`
  return portalDocument({
    language: input.language,
    nonce: input.nonce,
    title: [strings.chooseTitle, strings.order(input.orderNumber)].join(' · '),
    branding: input.branding,
    personal: true,
    content: html`<section class="card" aria-labelledby="choose-title" data-testid="return-page">
<p class="mu">${strings.order(input.orderNumber)}</p>
<h1 id="choose-title">${strings.chooseTitle}</h1>
${form}
</section>
${casesCard(input)}
<p><a href="/t/${input.token}?lang=${input.language}">← ${strings.toTracking}</a></p>`,
  })
}
