import type { Evidence } from './evidence-data.js'
import { formatTime } from './evidence-format.js'
import type { EvidenceLabels } from './evidence-labels.js'
import { drained, ensureSpace, facts, heading, PAGE, paragraph } from './pdf-layout.js'

/** Reads a stored photo's bytes by its file key. */
export type PhotoReader = (fileKey: string) => Promise<Buffer>

type Photo = Evidence['packing']['loosePhotos'][number]

const PHOTO = { width: (PAGE.width - 15) / 2, height: 190, caption: 14, gap: 15 }

/** The packing checklists with who ticked them and when, and the parcel photos embedded. */
export async function drawPacking(
  doc: PDFKit.PDFDocument,
  packing: Evidence['packing'],
  l: EvidenceLabels,
  zone: string,
  readPhoto: PhotoReader,
) {
  heading(doc, l.packing)
  if (packing.checks.length === 0 && packing.loosePhotos.length === 0)
    return paragraph(doc, l.noPacking)
  for (const check of packing.checks) {
    heading(doc, `${l.packedAt} ${formatTime(check.packedAt, zone)}`, 11)
    facts(doc, [
      [l.packedBy, check.packedByName ?? '—'],
      [l.note, check.note],
    ])
    for (const entry of check.checklist)
      paragraph(doc, `${entry.checked ? '✓' : '✗'}  ${entry.item}`, { indent: 12 })
    if (check.photos.length > 0) await drawPhotos(doc, check.photos, l.photos, l, zone, readPhoto)
  }
  if (packing.loosePhotos.length > 0)
    await drawPhotos(doc, packing.loosePhotos, l.otherPhotos, l, zone, readPhoto)
}

async function drawPhotos(
  doc: PDFKit.PDFDocument,
  photos: Photo[],
  title: string,
  l: EvidenceLabels,
  zone: string,
  readPhoto: PhotoReader,
) {
  doc.moveDown(0.4).font('bold').text(title, PAGE.margin, doc.y).font('regular').moveDown(0.2)
  let column = 0
  let top = doc.y
  for (const photo of photos) {
    if (column === 0) {
      ensureSpace(doc, PHOTO.height + PHOTO.caption + PHOTO.gap)
      top = doc.y
    }
    const x = PAGE.margin + column * (PHOTO.width + PHOTO.gap)
    await drawPhoto(doc, photo, { x, y: top }, l, zone, readPhoto)
    column = (column + 1) % 2
    doc.y = column === 0 ? top + PHOTO.height + PHOTO.caption + PHOTO.gap : top
    await drained(doc)
  }
  if (column === 1) doc.y = top + PHOTO.height + PHOTO.caption + PHOTO.gap
  doc.x = PAGE.margin
}

async function drawPhoto(
  doc: PDFKit.PDFDocument,
  photo: Photo,
  at: { x: number; y: number },
  l: EvidenceLabels,
  zone: string,
  readPhoto: PhotoReader,
) {
  const name = `pack-photo-${photo.id}.${photo.contentType.split('/')[1] ?? 'bin'}`
  let note = `${l.photoTaken} ${formatTime(photo.createdAt, zone)}`
  const bytes = await readPhoto(photo.fileKey).catch(() => null)
  if (!bytes) note = `${l.photoMissing}: ${name}`
  else if (photo.contentType === 'image/webp') {
    // pdfkit embeds only JPEG and PNG: the WebP travels inside the PDF as an attached file.
    doc.file(bytes, { name, type: photo.contentType, description: note })
    note = `${l.photoAttached}: ${name}`
  } else {
    doc.image(bytes, at.x, at.y, {
      fit: [PHOTO.width, PHOTO.height],
      align: 'center',
      valign: 'center',
    })
  }
  doc.rect(at.x, at.y, PHOTO.width, PHOTO.height).lineWidth(0.5).strokeColor('#999999').stroke()
  doc
    .fontSize(8)
    .text(note, at.x, at.y + PHOTO.height + 2, { width: PHOTO.width })
    .fontSize(10)
}
