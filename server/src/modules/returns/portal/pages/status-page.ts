import { formatMoment, html, LOCALE_OF, pageMoney, type SafeHtml } from '../../../orders/index.js'
import { explainItemReason, explainReasons } from '../rules/explain-reasons.js'
import { portalStrings } from '../rules/portal-strings.js'
import { deadlineFacts } from './deadline-facts.js'
import { photoForm } from './photo-form.js'
import { portalDocument } from './portal-frame.js'
import type { StatusPageInput } from './status-page-input.js'

function summary(input: StatusPageInput): SafeHtml {
  const strings = portalStrings(input.language)
  const c = input.found
  const notice =
    input.notice?.kind === 'created'
      ? html`<p class="note" role="status" data-testid="created">${strings.created}</p>`
      : input.notice?.kind === 'photos'
        ? html`<p class="note" role="status" data-testid="photos-added">${strings.photosAdded(input.notice.count)}</p>`
        : ''
  const open = c.decision === null && c.status !== 'resolved'
  const facts = open ? deadlineFacts(c.kind, c.dates, input.language) : []
  const reasons = explainReasons(c.reasons, c.dates.deadline, input.language)
  return html`<section class="card" aria-labelledby="case-title" data-testid="status-page">
${notice}
<p class="mu">${strings.kindName[c.kind]}</p>
<h1 id="case-title">${strings.statusTitle(c.number)}</h1>
<span class="status" data-testid="case-status" data-status="${c.status}">${strings.statusWords[c.status]}</span>
${reasons.length > 0 ? html`<ul class="facts" data-testid="reasons">${reasons.map((r) => html`<li>${r}</li>`)}</ul>` : ''}
${facts.length > 0 ? html`<h2>${strings.deadlinesTitle}</h2><ul class="facts" data-testid="deadlines">${facts.map((f) => html`<li>${f}</li>`)}</ul>` : ''}
</section>`
}

function itemsCard(input: StatusPageInput): SafeHtml {
  const strings = portalStrings(input.language)
  const { found } = input
  return html`<section class="card"><h2>${strings.itemsTitle}</h2><ul class="verdict">${found.items.map(
    (item) => {
      const why = item.eligible
        ? null
        : explainItemReason(item.exception, found.dates.deadline, input.language)
      return html`<li><b>${item.name} <span class="q">× ${item.quantity}</span></b>${why ? html`<p class="why">${why}</p>` : ''}</li>`
    },
  )}</ul></section>`
}

function decisionCard(input: StatusPageInput): SafeHtml | string {
  const strings = portalStrings(input.language)
  const { found } = input
  if (!found.decision && found.refunds.length === 0) return ''
  const locale = LOCALE_OF[input.language]
  const refunds = found.refunds.map(
    (r) =>
      html`<li>${pageMoney(r.amountMinor, r.currency, locale)} — ${strings.refundStates[r.status]}</li>`,
  )
  return html`<section class="card" data-testid="decision"><h2>${strings.decisionTitle}</h2>
${found.decision ? html`<p class="note${found.decision === 'refused' ? ' warn' : ''}">${found.decision === 'accepted' ? strings.decisionAccepted : strings.decisionRefused}</p>` : ''}
${found.justification ? html`<p class="why">${found.justification}</p>` : ''}
${refunds.length > 0 ? html`<h2>${strings.refundTitle}</h2><ul class="facts" data-testid="refunds">${refunds}</ul>` : ''}
</section>`
}

function addressCard(input: StatusPageInput): SafeHtml | string {
  const { returnAddress, instructions } = input.found
  if (!returnAddress && !instructions) return ''
  const strings = portalStrings(input.language)
  const lines = returnAddress
    ? [
        returnAddress.name,
        returnAddress.street,
        `${returnAddress.postCode} ${returnAddress.city}`,
        returnAddress.countryCode,
      ].join('\n')
    : null
  return html`<section class="card" data-testid="return-address"><h2>${strings.returnAddressTitle}</h2>
${lines ? html`<address class="addr">${lines}</address>` : ''}
${instructions ? html`<p class="why">${instructions}</p>` : ''}
</section>`
}

function historyCard(input: StatusPageInput): SafeHtml {
  const strings = portalStrings(input.language)
  const rows = input.found.events.map(
    (e) =>
      html`<li data-action="${e.action}"><b>${e.action === 'customer' ? strings.customerEvent : e.action === 'photo' ? strings.photoEvent : strings.events[e.action]}</b><time datetime="${e.createdAt.toISOString()}">${formatMoment(e.createdAt, input.language, input.timeZone, input.now)}</time>${e.note ? html`<span>${e.note}</span>` : ''}</li>`,
  )
  return html`<section class="card"><h2>${strings.historyTitle}</h2><ol class="tl" data-testid="history">${rows}</ol></section>`
}

/** The case status page: status in words, deadlines, decision, refund, address, history and more photos. */
export function renderStatusPage(input: StatusPageInput): string {
  const strings = portalStrings(input.language)
  return portalDocument({
    language: input.language,
    nonce: input.nonce,
    title: strings.statusTitle(input.found.number),
    branding: input.branding,
    personal: true,
    content: html`${summary(input)}
${decisionCard(input)}
${addressCard(input)}
${itemsCard(input)}
${historyCard(input)}
${photoForm(input)}
${input.orderToken ? html`<p><a href="/t/${input.orderToken}?lang=${input.language}">← ${strings.toTracking}</a></p>` : ''}`,
  })
}
