import { sniffImageType } from '../../evidence/image-type.js'

/** At most this many photos per form (the issue's limit). */
export const MAX_PHOTOS = 5
/** At most this many bytes per photo: 8 MB, enough for a phone camera's JPEG. */
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024

/** An image format a customer's photo may have. */
export type PhotoType = 'image/jpeg' | 'image/png' | 'image/webp'

/** The verdict on one uploaded file: its real image type by magic bytes, or why it is refused. */
export type PhotoVerdict =
  | { ok: true; contentType: PhotoType }
  | { ok: false; issue: 'photo_too_large' | 'photo_type' }

/** Checks a photo by its bytes, never by the name or the type the browser claims. */
export function checkPhoto(bytes: Buffer): PhotoVerdict {
  if (bytes.length > MAX_PHOTO_BYTES) return { ok: false, issue: 'photo_too_large' }
  const contentType = sniffImageType(bytes)
  return contentType ? { ok: true, contentType } : { ok: false, issue: 'photo_type' }
}

/** A file name safe to store and show: no path, no control characters, at most 120 characters. */
export function cleanFileName(name: string, contentType: PhotoType): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  // Control characters (below U+0020 and DEL) could break a header or a log line.
  const printable = [...base].filter((c) => c >= ' ' && c !== '\u007f').join('')
  const cleaned = printable.trim().slice(-120)
  return cleaned || `photo.${contentType.slice('image/'.length)}`
}
