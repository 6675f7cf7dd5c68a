import { serviceSpans } from './service-spans.js'
import type { SlaCalendar } from './sla-calendar.js'

const MINUTE_MS = 60_000

/** The instant at which `minutes` of service time have elapsed after `start` on `calendar`, so outside working time the count begins at the next opening (Amazon's 24/7 clock is plain addition; 0 minutes returns `start` itself). */
export function addServiceTime(start: Date, minutes: number, calendar: SlaCalendar): Date {
  const startMs = start.getTime()
  if (Number.isNaN(startMs)) throw new RangeError('addServiceTime needs a valid start date')
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(
      `Service time must be a finite, non-negative number of minutes, not ${minutes}`,
    )
  }
  let remaining = Math.round(minutes * MINUTE_MS)
  if (calendar.mode === '24/7' || remaining === 0) return new Date(startMs + remaining)
  for (const [spanStart, spanEnd] of serviceSpans(startMs, calendar)) {
    if (spanEnd - spanStart >= remaining) return new Date(spanStart + remaining)
    remaining -= spanEnd - spanStart
  }
  // serviceSpans never ends: it yields forever or throws.
  throw new Error('unreachable')
}

/** The minutes of service time on `calendar` between `start` and `end`, 0 when `end` is not after `start`. */
export function serviceTimeBetween(start: Date, end: Date, calendar: SlaCalendar): number {
  const startMs = start.getTime()
  const endMs = end.getTime()
  if (Number.isNaN(startMs) || Number.isNaN(endMs)) {
    throw new RangeError('serviceTimeBetween needs valid dates')
  }
  if (endMs <= startMs) return 0
  if (calendar.mode === '24/7') return (endMs - startMs) / MINUTE_MS
  let elapsed = 0
  for (const [spanStart, spanEnd] of serviceSpans(startMs, calendar)) {
    if (spanStart >= endMs) break
    elapsed += Math.min(spanEnd, endMs) - spanStart
  }
  return elapsed / MINUTE_MS
}
