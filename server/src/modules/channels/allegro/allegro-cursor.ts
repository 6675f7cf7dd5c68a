/**
 * Where an Allegro pull stands. Every message created at or before `since` has been returned,
 * except ones still becoming visible: each pull looks back `overlap` before `since` and skips the
 * ids in `seen` ([id, createdAt] of messages returned inside that window). A pass over the changed
 * threads that a pull's thread budget cut short is carried in `round`: its fixed upper bound and
 * the threads already read.
 */
export interface AllegroCursor {
  v: 1
  since: string
  seen: [string, string][]
  round?: { until: string; done: string[] }
}

const isIso = (value: unknown): value is string =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value))

/** Reads a stored cursor; anything unrecognised counts as none (a first sync, deduplicated by ingest). */
export function readCursor(raw: Record<string, unknown> | null): AllegroCursor | null {
  if (raw?.v !== 1 || !isIso(raw.since) || !Array.isArray(raw.seen)) return null
  const seen = raw.seen.filter(
    (pair): pair is [string, string] =>
      Array.isArray(pair) && typeof pair[0] === 'string' && isIso(pair[1]),
  )
  const round = raw.round as { until?: unknown; done?: unknown } | undefined
  const validRound =
    round && isIso(round.until) && Array.isArray(round.done)
      ? {
          until: round.until,
          done: round.done.filter((id): id is string => typeof id === 'string'),
        }
      : undefined
  return { v: 1, since: raw.since, seen, ...(validRound ? { round: validRound } : {}) }
}

/** Keeps the `seen` entries created at or after `fromMs`. */
export function pruneSeen(seen: Map<string, string>, fromMs: number): [string, string][] {
  return [...seen].filter(([, createdAt]) => Date.parse(createdAt) >= fromMs)
}
