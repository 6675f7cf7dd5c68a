import type { EvidenceLanguage } from './pack-checklist.js'

const LOCALES: Record<EvidenceLanguage, string> = { pl: 'pl-PL', en: 'en-GB' }

/** Formats minor units as money in the reader's language, e.g. 49,00 zł or PLN 49.00. */
export function formatMoney(minor: number, currency: string, lang: EvidenceLanguage): string {
  const text = new Intl.NumberFormat(LOCALES[lang], { style: 'currency', currency }).format(
    minor / 100,
  )
  // Keep amounts on one line with a plain no-break space every PDF font has.
  return text.replace(/\u202f/g, '\u00a0')
}

/** A timestamp as YYYY-MM-DD HH:mm in the workspace's time zone (the zone is printed on the cover). */
export function formatTime(at: Date | string | null | undefined, timeZone: string): string {
  if (!at) return '—'
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(at))
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`
}
