import { createRequire } from 'node:module'
import PDFDocument from 'pdfkit'

const require = createRequire(import.meta.url)
// DejaVu Sans prints Polish letters (ą ę ł ń ó ś ź ż); pdfkit's built-in Helvetica cannot.
const FONTS = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
}

/** An A4 page's usable box. */
export const PAGE = { margin: 50, width: 595.28 - 100, footer: 30 } as const

/** A column of a table: its width in points and how its text is aligned. */
export interface Column {
  width: number
  align?: 'left' | 'right'
}

/** A new A4 evidence document with Unicode fonts registered as `regular` and `bold`. */
export function createEvidenceDocument(options: {
  title: string
  compress: boolean
  lang: string
}) {
  const doc = new PDFDocument({
    size: 'A4',
    margin: PAGE.margin,
    bufferPages: true,
    compress: options.compress,
    font: FONTS.regular,
    lang: options.lang,
    info: { Title: options.title, Creator: 'Aftersale', Producer: 'Aftersale' },
  })
  doc.registerFont('regular', FONTS.regular)
  doc.registerFont('bold', FONTS.bold)
  return doc.font('regular').fontSize(10)
}

/** Starts a new page unless `height` more points fit above the bottom margin. */
export function ensureSpace(doc: PDFKit.PDFDocument, height: number) {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage()
}

/** A section heading that never sits alone at the bottom of a page. */
export function heading(doc: PDFKit.PDFDocument, text: string, size = 14) {
  // Room for the heading and a few lines under it, so it does not end a page on its own.
  ensureSpace(doc, size * 4 + 60)
  doc
    .moveDown(0.6)
    .font('bold')
    .fontSize(size)
    .text(text, PAGE.margin, doc.y, { width: PAGE.width })
  doc.moveDown(0.3).font('regular').fontSize(10)
}

/** Label–value lines, skipping empty values. */
export function facts(doc: PDFKit.PDFDocument, rows: [string, string | null | undefined][]) {
  for (const [label, value] of rows) {
    if (value === null || value === undefined || value === '') continue
    row(doc, [label, value], [{ width: 160 }, { width: PAGE.width - 160 }], { boldFirst: true })
  }
}

/** One table row whose cells wrap; the row moves to the next page whole. */
export function row(
  doc: PDFKit.PDFDocument,
  cells: string[],
  columns: Column[],
  options: { bold?: boolean; boldFirst?: boolean } = {},
) {
  doc.font(options.bold ? 'bold' : 'regular')
  const heights = cells.map((cell, i) =>
    doc.heightOfString(cell, { width: (columns[i]?.width ?? 100) - 6 }),
  )
  const height = Math.max(12, ...heights) + 3
  ensureSpace(doc, height)
  const top = doc.y
  let x = PAGE.margin
  cells.forEach((cell, i) => {
    const column = columns[i] ?? { width: 100 }
    doc.font(options.bold || (options.boldFirst && i === 0) ? 'bold' : 'regular')
    doc.text(cell, x, top, { width: column.width - 6, align: column.align ?? 'left' })
    x += column.width
  })
  doc.font('regular')
  doc.x = PAGE.margin
  doc.y = top + height
}

/** A paragraph across the page's width. */
export function paragraph(
  doc: PDFKit.PDFDocument,
  text: string,
  options: { indent?: number } = {},
) {
  const indent = options.indent ?? 0
  doc.text(text, PAGE.margin + indent, doc.y, { width: PAGE.width - indent })
  doc.x = PAGE.margin
}

/** Writes "Page n of N" and a document reference at the foot of every buffered page. */
export function pageFooters(
  doc: PDFKit.PDFDocument,
  text: (page: number, total: number) => string,
) {
  const range = doc.bufferedPageRange()
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i)
    // Writing below the bottom margin would otherwise open a new page.
    const bottom = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    doc
      .font('regular')
      .fontSize(8)
      .fillColor('#555555')
      .text(text(i + 1, range.count), PAGE.margin, doc.page.height - PAGE.footer - 10, {
        width: PAGE.width,
        align: 'center',
        lineBreak: false,
      })
    doc.page.margins.bottom = bottom
  }
  doc.fillColor('black')
}

/** Resolves once the reader has taken most of what was written, so photos do not pile up in memory. */
export async function drained(doc: PDFKit.PDFDocument, highWater = 4 * 1024 * 1024) {
  for (let waited = 0; doc.readableLength > highWater && waited < 600; waited++) {
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
