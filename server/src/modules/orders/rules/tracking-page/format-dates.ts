import { addCalendarDays, civilDate } from './civil-date.js'
import type { TrackingLanguage } from './languages.js'

/** The regional variant each page language formats dates and money in. */
export const LOCALE_OF: Record<TrackingLanguage, string> = { pl: 'pl-PL', en: 'en-GB', de: 'de-DE' }

const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(key: string, locale: string, options: Intl.DateTimeFormatOptions) {
  let found = formatters.get(key)
  if (!found) {
    found = new Intl.DateTimeFormat(locale, options)
    formatters.set(key, found)
  }
  return found
}

/** The calendar date as midnight UTC, for formatting a civil date without a time zone shift. */
const utcMidnight = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`)

/**
 * A scan's date and time on the workspace's clock ("śr., 14 maja, 14:32"); the year only when
 * it is not the current one.
 */
export function formatMoment(
  instant: Date,
  language: TrackingLanguage,
  timeZone: string,
  now: Date,
): string {
  const otherYear =
    civilDate(instant, timeZone).slice(0, 4) !== civilDate(now, timeZone).slice(0, 4)
  return formatter(`m|${language}|${timeZone}|${otherYear}`, LOCALE_OF[language], {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    ...(otherYear ? { year: 'numeric' } : {}),
    hour: '2-digit',
    minute: '2-digit',
  }).format(instant)
}

/** A calendar date as a day ("środa, 14 maja"). */
export function formatDay(isoDate: string, language: TrackingLanguage): string {
  return formatter(`d|${language}`, LOCALE_OF[language], {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(utcMidnight(isoDate))
}

/** Two calendar dates as a range ("śr., 14 maja – pt., 16 maja"). */
export function formatDayRange(from: string, to: string, language: TrackingLanguage): string {
  if (from === to) return formatDay(from, language)
  return formatter(`r|${language}`, LOCALE_OF[language], {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'long',
  }).formatRange(utcMidnight(from), utcMidnight(to))
}

/** "today" or "tomorrow" for those dates, else null. */
export function relativeDay(
  isoDate: string,
  today: string,
  words: { today: string; tomorrow: string },
): string | null {
  if (isoDate === today) return words.today
  if (isoDate === addCalendarDays(today, 1)) return words.tomorrow
  return null
}

/** A calendar date as day and month only ("14 maja", "14 May", "14. Mai"). */
export function formatDayMonth(isoDate: string, language: TrackingLanguage): string {
  return formatter(`dm|${language}`, LOCALE_OF[language], {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
  }).format(utcMidnight(isoDate))
}
