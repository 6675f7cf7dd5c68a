import { smsSegments } from './sms-segments.js'

/** Order SMS stay within two parts: 306 GSM-7 or 134 UCS-2 characters. */
export const MAX_ORDER_SMS_SEGMENTS = 2

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim()

/**
 * Picks the first wording that fits in two SMS parts, keeping Polish, Czech and Slovak
 * diacritics (they cost UCS-2, which the short wordings absorb); when none fits (a very long
 * shop name or URL), the shortest, so the link survives whole rather than cut.
 */
export function chooseSmsText(variants: string[]): string {
  const candidates = variants.map(oneLine).filter((text) => text.length > 0)
  const fitting = candidates.find((text) => smsSegments(text).segments <= MAX_ORDER_SMS_SEGMENTS)
  if (fitting) return fitting
  const shortest = [...candidates].sort((a, b) => smsSegments(a).units - smsSegments(b).units)[0]
  return shortest ?? ''
}
