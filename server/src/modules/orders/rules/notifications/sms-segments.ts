// GSM 03.38 (3GPP TS 23.038 §6.2.1) default alphabet and its extension table; an extension
// character costs two septets (ESC + code) and must not be split across segments.
const GSM7_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
    '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
)
const GSM7_EXTENSION = new Set('\f^{}\\[~]|€')

/** How an SMS will be encoded and into how many parts it will be split. */
export interface SmsSegmentCount {
  /** GSM-7 when every character is in GSM 03.38, else UCS-2 (UTF-16 code units). */
  encoding: 'gsm7' | 'ucs2'
  /** Septets (GSM-7) or UTF-16 code units (UCS-2) the text occupies. */
  units: number
  segments: number
  /** Units one segment holds at this length: 160/70 alone, 153/67 when concatenated. */
  perSegment: number
}

/** True when a character is in the GSM 03.38 default alphabet or its extension table. */
export function isGsm7Character(char: string): boolean {
  return GSM7_BASIC.has(char) || GSM7_EXTENSION.has(char)
}

/**
 * Counts SMS segments as handsets and gateways do (3GPP TS 23.040 §9.2.3.24.1: a concatenated
 * part loses 6 octets to its UDH): GSM-7 holds 160 septets alone or 153 per part, UCS-2 70
 * code units alone or 67 per part. Escapes and surrogate pairs never straddle two parts.
 */
export function smsSegments(text: string): SmsSegmentCount {
  const chars = Array.from(text)
  const gsm7 = chars.every(isGsm7Character)
  const costs = chars.map((char) => (gsm7 ? (GSM7_EXTENSION.has(char) ? 2 : 1) : char.length))
  const units = costs.reduce((sum, cost) => sum + cost, 0)
  const single = gsm7 ? 160 : 70
  const part = gsm7 ? 153 : 67
  const encoding = gsm7 ? 'gsm7' : 'ucs2'
  if (units === 0) return { encoding, units, segments: 0, perSegment: single }
  if (units <= single) return { encoding, units, segments: 1, perSegment: single }
  let segments = 1
  let used = 0
  for (const cost of costs) {
    if (used + cost > part) {
      segments += 1
      used = 0
    }
    used += cost
  }
  return { encoding, units, segments, perSegment: part }
}
