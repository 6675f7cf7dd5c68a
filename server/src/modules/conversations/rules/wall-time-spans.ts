import { timeZoneOffsetMs } from './zoned-time.js'

const HOUR_MS = 3_600_000
// Real offsets lie within -12 h and +14 h, so these margins cover every instant of the span.
const MARGIN_MS = 15 * HOUR_MS

/** A half-open span of instants [start, end) in epoch milliseconds. */
export type Span = [start: number, end: number]

/** The spans of instants whose wall clock in `timeZone` reads within [fromWall, toWall) (wall readings as epoch ms taken as UTC), so a DST gap contributes nothing and a repeated hour counts twice. */
export function wallTimeSpans(fromWall: number, toWall: number, timeZone: string): Span[] {
  if (toWall <= fromWall) return []
  const low = fromWall - MARGIN_MS
  const high = toWall + MARGIN_MS
  const offsetLow = timeZoneOffsetMs(low, timeZone)
  const offsetHigh = timeZoneOffsetMs(high, timeZone)
  // Assumes at most one offset change within a window of about two days, true of every zone today.
  const pieces: Array<[number, number, number]> = []
  if (offsetLow === offsetHigh) {
    pieces.push([low, high, offsetLow])
  } else {
    const change = firstChange(low, high, offsetLow, timeZone)
    pieces.push([low, change, offsetLow], [change, high, offsetHigh])
  }
  const spans: Span[] = []
  for (const [pieceStart, pieceEnd, offset] of pieces) {
    const start = Math.max(pieceStart, fromWall - offset)
    const end = Math.min(pieceEnd, toWall - offset)
    if (start >= end) continue
    const last = spans.at(-1)
    if (last && last[1] === start) last[1] = end
    else spans.push([start, end])
  }
  return spans
}

// Offsets change on whole seconds, so a binary search over seconds finds the exact instant.
function firstChange(low: number, high: number, offsetLow: number, timeZone: string): number {
  let before = Math.floor(low / 1000)
  let after = Math.ceil(high / 1000)
  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2)
    if (timeZoneOffsetMs(middle * 1000, timeZone) === offsetLow) before = middle
    else after = middle
  }
  return after * 1000
}
