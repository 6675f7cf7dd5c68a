import { i18n } from '../i18n'
import { localeTag } from '../i18n/format'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** "5 min ago", "yesterday", or a short date for anything older than a week. */
export function formatRelative(iso: string | null | undefined, now: number): string {
  if (!iso) return ''
  const time = new Date(iso).getTime()
  if (Number.isNaN(time)) return iso
  const diff = time - now
  const abs = Math.abs(diff)
  if (abs < MINUTE) return i18n.t('time.justNow')
  const rtf = new Intl.RelativeTimeFormat(localeTag(), { numeric: 'auto', style: 'short' })
  if (abs < HOUR) return rtf.format(Math.round(diff / MINUTE), 'minute')
  if (abs < DAY) return rtf.format(Math.round(diff / HOUR), 'hour')
  if (abs < 7 * DAY) return rtf.format(Math.round(diff / DAY), 'day')
  return new Intl.DateTimeFormat(localeTag(), { day: 'numeric', month: 'short' }).format(time)
}

/** A compact duration for SLA countdowns: "3 d 4 h", "2 h 05 min", "12 min". */
export function formatDuration(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / MINUTE))
  const days = Math.floor(minutes / (24 * 60))
  const hours = Math.floor((minutes % (24 * 60)) / 60)
  const mins = minutes % 60
  if (days > 0) return i18n.t('time.daysHours', { d: days, h: hours })
  if (hours > 0) return i18n.t('time.hoursMinutes', { h: hours, m: String(mins).padStart(2, '0') })
  return i18n.t('time.minutes', { m: mins })
}
