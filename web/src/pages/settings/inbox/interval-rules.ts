import type { TimeInterval } from '../../../api/inbox-types'

const toMinutes = (hhmm: string) => {
  const [h = 0, m = 0] = hhmm.split(':').map(Number)
  return h * 60 + m
}
const toHhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

/** Index set of intervals that are empty, reversed, or overlap another one of the same day. */
export function invalidIntervals(intervals: TimeInterval[]): Set<number> {
  const bad = new Set<number>()
  intervals.forEach((iv, i) => {
    if (!iv.start || !iv.end || iv.start >= iv.end) bad.add(i)
    intervals.forEach((other, j) => {
      if (i !== j && iv.start < other.end && other.start < iv.end) bad.add(i)
    })
  })
  return bad
}

/** A next interval after the day's last one (an hour later, two hours long), or null if none fits. */
export function nextInterval(intervals: TimeInterval[]): TimeInterval | null {
  const lastEnd = Math.max(0, ...intervals.map((iv) => toMinutes(iv.end)))
  const start = intervals.length ? lastEnd + 60 : 9 * 60
  if (start >= 23 * 60 + 59) return null
  return { start: toHhmm(start), end: toHhmm(Math.min(start + 120, 23 * 60 + 59)) }
}
