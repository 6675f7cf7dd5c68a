import type { CustomerExport, ExportedConversation, ExportedOrder } from './customer-export.js'
import { type ExportLocale, escapeHtml, formatInstant, formatMoney } from './export-format.js'
import { type ExportField, type ExportLabels, exportLabels } from './export-labels.js'

// The file is opened from disk or a mail attachment: no scripts, no remote loads, print-friendly.
const STYLE = `body{font:15px/1.5 system-ui,sans-serif;color:#1a1a1a;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem}h2{border-bottom:2px solid #ddd;padding-bottom:.2rem;margin-top:2.2rem}h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
table{border-collapse:collapse;width:100%;margin:.4rem 0}th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f5f5f5}.empty{color:#666;font-style:italic}.meta{color:#555;font-size:.9em;margin:0}
.body{white-space:pre-wrap;margin:.2rem 0 .8rem}.message{border-left:3px solid #ddd;padding-left:.6rem}
nav ul{columns:2}@media print{nav{display:none}}`

const SECTION_ORDER = [
  'profile',
  'identities',
  'consents',
  'notes',
  'tags',
  'attributes',
  'orders',
  'conversations',
  'returns',
  'reviews',
  'auditEntries',
] as const
type SectionId = (typeof SECTION_ORDER)[number]

const text = (value: string | null | undefined): string =>
  value === null || value === undefined || value === '' ? '—' : escapeHtml(value)

function table(headers: string[], rows: string[][], l: ExportLabels): string {
  if (rows.length === 0) return `<p class="empty">${escapeHtml(l.none)}</p>`
  const head = headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')
  const body = rows.map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  return `<table><thead><tr>${head}</tr></thead><tbody>${body.join('')}</tbody></table>`
}

function definitions(pairs: [string, string][]): string {
  const rows = pairs.map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${v}</td></tr>`)
  return `<table><tbody>${rows.join('')}</tbody></table>`
}

function orderHtml(order: ExportedOrder, l: ExportLabels, locale: ExportLocale): string {
  const f = l.fields
  const money = (minor: number) => escapeHtml(formatMoney(minor, order.currency, locale))
  const items = order.items.map((item) => [
    text(item.name),
    text(item.sku),
    escapeHtml(String(item.quantity)),
    money(item.unitPriceMinor),
  ])
  const heading = `${text(order.number)} · ${escapeHtml(formatInstant(order.placedAt))}`
  const summary = definitions([
    [f.marketplace, text(order.marketplace)],
    [f.status, text(order.status)],
    [f.total, money(order.totalMinor)],
    [f.shippingAddress, text(order.shippingAddress)],
  ])
  const lines = table([f.item, f.sku, f.quantity, f.unitPrice], items, l)
  return `<article><h3>${heading}</h3>${summary}${lines}</article>`
}

function conversationHtml(conversation: ExportedConversation, l: ExportLabels): string {
  const heading = [
    conversation.subject,
    conversation.channel,
    formatInstant(conversation.startedAt),
  ]
    .filter((part): part is string => Boolean(part))
    .map(escapeHtml)
    .join(' · ')
  const messages = conversation.messages.map((m) => {
    const who = m.author ? `${l.directions[m.direction]} (${m.author})` : l.directions[m.direction]
    const meta = `${escapeHtml(formatInstant(m.sentAt))} · ${escapeHtml(who)}`
    return `<div class="message"><p class="meta">${meta}</p><p class="body">${escapeHtml(m.body)}</p></div>`
  })
  const body =
    messages.length > 0 ? messages.join('') : `<p class="empty">${escapeHtml(l.none)}</p>`
  return `<article><h3>${heading}</h3>${body}</article>`
}

function many(parts: string[], l: ExportLabels): string {
  return parts.length > 0 ? parts.join('') : `<p class="empty">${escapeHtml(l.none)}</p>`
}

function sectionBody(
  id: SectionId,
  data: CustomerExport,
  l: ExportLabels,
  locale: ExportLocale,
): string {
  const f = l.fields
  const h = (...keys: ExportField[]) => keys.map((key) => f[key])
  const at = (iso: string | null) => (iso ? escapeHtml(formatInstant(iso)) : '—')
  switch (id) {
    case 'profile': {
      const p = data.profile
      return definitions([
        [f.id, text(p.id)],
        [f.name, text(p.name)],
        [f.email, text(p.email)],
        [f.phone, text(p.phone)],
        [f.locale, text(p.locale)],
        [f.createdAt, at(p.createdAt)],
        [f.updatedAt, at(p.updatedAt)],
      ])
    }
    case 'identities':
      return table(
        h('kind', 'externalId', 'createdAt'),
        data.identities.map((i) => [text(i.kind), text(i.externalId), at(i.createdAt)]),
        l,
      )
    case 'consents':
      return table(
        h('purpose', 'granted', 'recordedAt', 'source'),
        data.consents.map((c) => [
          text(l.purposes[c.purpose] ?? c.purpose),
          escapeHtml(c.granted ? l.yes : l.no),
          at(c.recordedAt),
          text(c.source),
        ]),
        l,
      )
    case 'notes':
      return table(
        h('createdAt', 'author', 'body'),
        data.notes.map((n) => [
          at(n.createdAt),
          text(n.author),
          `<span class="body">${text(n.body)}</span>`,
        ]),
        l,
      )
    case 'tags':
      return data.tags.length > 0
        ? `<p>${data.tags.map(escapeHtml).join(', ')}</p>`
        : `<p class="empty">${escapeHtml(l.none)}</p>`
    case 'attributes':
      return table(
        h('key', 'value'),
        Object.entries(data.attributes).map(([k, v]) => [
          text(k),
          text(v === null ? null : String(v)),
        ]),
        l,
      )
    case 'orders':
      return many(
        data.orders.map((o) => orderHtml(o, l, locale)),
        l,
      )
    case 'conversations':
      return many(
        data.conversations.map((c) => conversationHtml(c, l)),
        l,
      )
    case 'returns':
      return table(
        h('number', 'kind', 'status', 'order', 'openedAt', 'resolvedAt', 'reason'),
        data.returns.map((r) => [
          text(r.number),
          text(l.returnKinds[r.kind]),
          text(r.status),
          text(r.orderNumber),
          at(r.openedAt),
          at(r.resolvedAt),
          text(r.reason),
        ]),
        l,
      )
    case 'reviews':
      return table(
        h('source', 'rating', 'postedAt', 'body'),
        data.reviews.map((r) => [
          text(r.source),
          text(r.rating === null ? null : String(r.rating)),
          at(r.postedAt),
          text(r.body),
        ]),
        l,
      )
    case 'auditEntries':
      return table(
        h('at', 'actor', 'action', 'detail'),
        data.auditEntries.map((a) => [at(a.at), text(a.actor), text(a.action), text(a.detail)]),
        l,
      )
  }
}

/**
 * Renders a customer's data export as one standalone, readable HTML document in Polish or
 * English — the copy the controller provides under GDPR art. 15(3) ("in a commonly used
 * electronic form" when asked electronically). Every value is HTML-escaped; a Content-Security-
 * Policy forbids scripts and remote loads, so the file is inert wherever it is opened.
 */
export function renderCustomerExportHtml(exportData: CustomerExport, locale: ExportLocale): string {
  const l = exportLabels(locale)
  const nav = SECTION_ORDER.map(
    (id) => `<li><a href="#${id}">${escapeHtml(l.sections[id])}</a></li>`,
  )
  const sections = SECTION_ORDER.map(
    (id) =>
      `<section id="${id}"><h2>${escapeHtml(l.sections[id])}</h2>${sectionBody(id, exportData, l, locale)}</section>`,
  )
  const controller = exportData.controller.contactEmail
    ? `${exportData.controller.name} (${exportData.controller.contactEmail})`
    : exportData.controller.name
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="robots" content="noindex">
<title>${escapeHtml(l.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${escapeHtml(l.title)}</h1><p>${escapeHtml(l.intro)}</p>
<p class="meta">${escapeHtml(l.controller)}: ${escapeHtml(controller)} · ${escapeHtml(l.generatedAt)}: ${escapeHtml(formatInstant(exportData.generatedAt))}</p></header>
<nav><ul>${nav.join('')}</ul></nav>
<main>
${sections.join('\n')}
</main>
</body>
</html>
`
}
