import type { Evidence } from './evidence-data.js'
import { formatMoney, formatTime } from './evidence-format.js'
import { type EvidenceLabels, evidenceLabels } from './evidence-labels.js'
import { drawPacking, type PhotoReader } from './evidence-pdf-packing.js'
import { drawCases, drawMessages, drawShipments } from './evidence-pdf-sections.js'
import type { EvidenceLanguage } from './pack-checklist.js'
import { createEvidenceDocument, facts, heading, PAGE, pageFooters, row } from './pdf-layout.js'

/** How one evidence PDF is written. */
export interface RenderOptions {
  lang: EvidenceLanguage
  readPhoto: PhotoReader
  /** Tests turn compression off to read the PDF's text operators. */
  compress?: boolean
}

/**
 * Starts writing the evidence PDF and returns it as a stream at once; pages are produced as the
 * reader consumes them and photos are read one at a time, so memory stays bounded.
 */
export function renderEvidencePdf(evidence: Evidence, options: RenderOptions) {
  const l = evidenceLabels[options.lang]
  const doc = createEvidenceDocument({
    title: `${l.title} ${evidence.order.number}`,
    compress: options.compress ?? true,
    lang: options.lang,
  })
  drawAll(doc, evidence, l, options).then(
    () => doc.end(),
    (error: unknown) => doc.destroy(error instanceof Error ? error : new Error(String(error))),
  )
  return doc
}

async function drawAll(
  doc: PDFKit.PDFDocument,
  evidence: Evidence,
  l: EvidenceLabels,
  options: RenderOptions,
) {
  const zone = evidence.workspace.timezone
  drawCover(doc, evidence, l, options.lang)
  drawItems(doc, evidence, l, options.lang)
  drawShipments(doc, evidence.shipments, l, zone)
  drawCases(doc, evidence.cases, l, zone, options.lang)
  drawMessages(doc, evidence.messages, l, zone)
  await drawPacking(doc, evidence.packing, l, zone, options.readPhoto)
  pageFooters(
    doc,
    (page, total) =>
      `${evidence.workspace.name} · ${l.orderNumber} ${evidence.order.number} · ${l.page} ${page} ${l.of} ${total}`,
  )
}

function drawCover(
  doc: PDFKit.PDFDocument,
  { order, workspace, generatedAt, generatedBy }: Evidence,
  l: EvidenceLabels,
  lang: EvidenceLanguage,
) {
  const zone = workspace.timezone
  doc.font('bold').fontSize(16).text(l.title, { width: PAGE.width })
  // The number on its own line: long marketplace numbers would otherwise wrap at their hyphens.
  doc.fontSize(fittingSize(doc, order.number, 22)).text(order.number, { width: PAGE.width })
  doc.moveDown(0.3).font('regular').fontSize(10).fillColor('#333333').text(l.purpose)
  doc.fillColor('black').moveDown(0.8)
  const address = order.shippingAddress
  const money = (minor: number) => formatMoney(minor, order.currency, lang)
  facts(doc, [
    [l.seller, workspace.name],
    [l.orderNumber, order.number],
    [l.externalId, order.externalId !== order.number ? order.externalId : null],
    [l.marketplace, order.marketplace],
    [l.status, order.status],
    [l.buyer, order.buyerName],
    [l.buyerEmail, order.buyerEmail],
    [l.buyerLogin, order.buyerLogin],
    [
      l.shippingAddress,
      address
        ? [
            address.name,
            address.street,
            `${address.postCode ?? ''} ${address.city ?? ''}`,
            address.countryCode,
          ]
            .filter((part) => part?.trim())
            .join(', ')
        : null,
    ],
    [l.placedAt, formatTime(order.placedAt, zone)],
    [l.paidAt, order.paidAt ? formatTime(order.paidAt, zone) : null],
    [l.shippedAt, order.shippedAt ? formatTime(order.shippedAt, zone) : null],
    [l.deliveredAt, order.deliveredAt ? formatTime(order.deliveredAt, zone) : null],
    [l.cancelledAt, order.cancelledAt ? formatTime(order.cancelledAt, zone) : null],
    [l.invoice, order.invoiceNumber],
    [l.itemsTotal, money(order.itemsMinor)],
    [l.shipping, money(order.shippingMinor)],
    [l.total, money(order.totalMinor)],
    [l.generatedAt, formatTime(generatedAt, zone)],
    [l.generatedBy, generatedBy],
    [l.timeZone, zone],
  ])
}

function drawItems(
  doc: PDFKit.PDFDocument,
  { items, order }: Evidence,
  l: EvidenceLabels,
  lang: EvidenceLanguage,
) {
  heading(doc, l.items)
  const columns = [
    { width: 90 },
    { width: 205 },
    { width: 40, align: 'right' as const },
    { width: 80, align: 'right' as const },
    { width: PAGE.width - 415 },
  ]
  row(doc, [l.sku, l.name, l.quantity, l.unitPrice, l.flags], columns, { bold: true })
  for (const item of items) {
    row(
      doc,
      [
        item.sku ?? '—',
        item.name,
        String(item.quantity),
        formatMoney(item.unitPriceMinor, order.currency, lang),
        item.flags.join(', '),
      ],
      columns,
    )
  }
}

/** The largest size up to `max` at which `text` fits the page's width on one line. */
function fittingSize(doc: PDFKit.PDFDocument, text: string, max: number): number {
  const width = doc.fontSize(max).widthOfString(text)
  return width <= PAGE.width ? max : Math.max(10, Math.floor((max * PAGE.width) / width))
}
