/** Image formats a pack photo may have. */
export type PackPhotoType = 'image/jpeg' | 'image/png' | 'image/webp'

/** Content types the pack-photo upload accepts (checked again against the bytes). */
export const PACK_PHOTO_TYPES: readonly PackPhotoType[] = ['image/jpeg', 'image/png', 'image/webp']

/**
 * The image format the bytes really are, by their signature; null when they are none of ours.
 * Signatures: JPEG SOI FF D8 FF, PNG's 8-byte header, WebP's RIFF....WEBP (RFC 9649 §2).
 */
export function sniffImageType(bytes: Buffer): PackPhotoType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
    return 'image/jpeg'
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'image/png'
  if (
    bytes.length >= 12 &&
    bytes.subarray(0, 4).toString('latin1') === 'RIFF' &&
    bytes.subarray(8, 12).toString('latin1') === 'WEBP'
  )
    return 'image/webp'
  return null
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
