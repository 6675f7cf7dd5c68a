// The simulator counts parts on its own, as SMSAPI would, rather than trusting Aftersale's
// rules: a test comparing the two then means something. GSM 03.38 (3GPP TS 23.038 §6.2.1).
const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà'
const EXTENSION = '\f^{}\\[~]|€'

/** How SMSAPI would send a text: its encoding, length in units and number of parts. */
export interface SimTextShape {
  encoding: 'gsm7' | 'ucs2'
  length: number
  parts: number
}

/** Measures a text: GSM-7 160/153 septets per part, else UCS-2 70/67 code units. */
export function measureSmsText(text: string): SimTextShape {
  const chars = [...text]
  const gsm = chars.every((c) => BASIC.includes(c) || EXTENSION.includes(c))
  const length = gsm ? chars.reduce((n, c) => n + (EXTENSION.includes(c) ? 2 : 1), 0) : text.length
  const [single, multi] = gsm ? [160, 153] : [70, 67]
  const parts = length <= single ? 1 : Math.ceil(length / multi)
  return { encoding: gsm ? 'gsm7' : 'ucs2', length, parts }
}

/** `normalize=1`: national characters replaced by their plain Latin letters ("ż" → "z"). */
export function normalizeSmsText(text: string): string {
  return text
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
}
