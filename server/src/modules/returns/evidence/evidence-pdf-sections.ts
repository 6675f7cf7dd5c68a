import type { Evidence } from './evidence-data.js'
import { formatMoney, formatTime } from './evidence-format.js'
import type { EvidenceLabels } from './evidence-labels.js'
import type { EvidenceLanguage } from './pack-checklist.js'
import { ensureSpace, facts, heading, PAGE, paragraph, row } from './pdf-layout.js'

const EVENT_COLUMNS = [{ width: 100 }, { width: 110 }, { width: PAGE.width - 210 }]

/** Every parcel with its full carrier timeline, oldest scan first. */
export function drawShipments(
  doc: PDFKit.PDFDocument,
  shipments: Evidence['shipments'],
  l: EvidenceLabels,
  zone: string,
) {
  heading(doc, l.shipments)
  if (shipments.length === 0) return paragraph(doc, l.noShipments)
  for (const shipment of shipments) {
    heading(doc, `${l.trackingNumber} ${shipment.trackingNumber}`, 11)
    facts(doc, [
      [l.carrier, shipment.carrier ?? '—'],
      [l.status, shipment.status ?? '—'],
      [l.deliveredAt, shipment.deliveredAt ? formatTime(shipment.deliveredAt, zone) : null],
    ])
    if (shipment.events.length === 0) {
      paragraph(doc, l.noEvents)
      continue
    }
    for (const event of shipment.events) {
      const detail = [event.rawDescription ?? event.rawCode, event.location].filter(Boolean)
      row(
        doc,
        [formatTime(event.occurredAt, zone), event.status, detail.join(' · ')],
        EVENT_COLUMNS,
      )
    }
  }
}

/** Return and complaint cases with their statutory deadlines, decisions and history. */
export function drawCases(
  doc: PDFKit.PDFDocument,
  cases: Evidence['cases'],
  l: EvidenceLabels,
  zone: string,
  lang: EvidenceLanguage,
) {
  heading(doc, l.cases)
  if (cases.length === 0) return paragraph(doc, l.noCases)
  for (const c of cases) {
    heading(doc, `${c.number} · ${c.kind === 'withdrawal' ? l.withdrawal : l.complaint}`, 11)
    const decision =
      c.decision === 'accepted' ? l.accepted : c.decision === 'refused' ? l.refused : l.pending
    facts(doc, [
      [l.status, c.status],
      [l.requestedOn, c.requestedOn],
      [l.reason, [c.reasonCode, c.description].filter(Boolean).join(' — ')],
      [l.requestedRemedy, c.requestedRemedy],
      [l.deliveredAt, c.deliveredOn],
      [l.deadline, c.deadline],
      [l.respondBy, c.respondBy],
      [l.refundBy, c.refundBy],
      [l.returnGoodsBy, c.returnGoodsBy],
      [l.deemedAcceptedOn, c.deemedAcceptedOn],
      [l.decision, c.decidedAt ? `${decision} (${formatTime(c.decidedAt, zone)})` : decision],
      [l.resolution, c.resolution],
      [l.refusalGrounds, [...c.refusalGrounds, c.refusalJustification].filter(Boolean).join('; ')],
      [
        l.refund,
        c.refundDueMinor || c.refundedMinor
          ? `${formatMoney(c.refundedMinor, c.currency, lang)} / ${formatMoney(c.refundDueMinor, c.currency, lang)}`
          : null,
      ],
      [
        l.items,
        c.items
          .map((i) => `${i.quantity} × ${i.sku} ${i.name}${i.condition ? ` (${i.condition})` : ''}`)
          .join('; '),
      ],
    ])
    if (c.events.length === 0) continue
    doc.moveDown(0.2).font('bold').text(l.caseTimeline, PAGE.margin).font('regular')
    for (const event of c.events) {
      row(
        doc,
        [
          formatTime(event.createdAt, zone),
          `${event.action} (${event.actorType})`,
          event.note ?? '',
        ],
        EVENT_COLUMNS,
      )
    }
  }
}

/** Every message about the order, oldest first, quoted exactly as written. */
export function drawMessages(
  doc: PDFKit.PDFDocument,
  messages: Evidence['messages'],
  l: EvidenceLabels,
  zone: string,
) {
  heading(doc, l.messages)
  if (messages.length === 0) return paragraph(doc, l.noMessages)
  doc.fillColor('#555555')
  paragraph(doc, l.quotedAsIs)
  doc.fillColor('black').moveDown(0.4)
  for (const message of messages) {
    const who = message.direction === 'inbound' ? l.fromCustomer : l.fromSeller
    const author = message.authorName ? ` — ${message.authorName}` : ''
    ensureSpace(doc, 48)
    doc
      .font('bold')
      .text(
        `${formatTime(message.sentAt, zone)} · ${who}${author} · ${l.conversation} #${message.conversationNumber} (${message.channelKind})`,
        PAGE.margin,
        doc.y,
        { width: PAGE.width },
      )
      .font('regular')
    if (message.subject) paragraph(doc, message.subject, { indent: 12 })
    paragraph(doc, message.text || '—', { indent: 12 })
    if (message.attachments.length > 0)
      paragraph(doc, `${l.attachments}: ${message.attachments.join(', ')}`, { indent: 12 })
    doc.moveDown(0.5)
  }
}
