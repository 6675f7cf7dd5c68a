/**
 * Where an Allegro order sync stands, kept by the caller as an opaque string:
 * - `null`: never synced;
 * - `backfill:{json}`: importing recent checkout forms page by page, keyed by purchase time;
 * - an event id (digits): reading `/order/events` after that event;
 * - `events:start`: reading the journal from its oldest retained event (the seller had none
 *   when the backfill began).
 */
export type AllegroOrderCursor =
  | { phase: 'start' }
  | {
      phase: 'backfill'
      /** The newest event when the import began: the journal is read from there afterwards. */
      resumeEventId: string | null
      /** The window: forms updated at or after this instant. */
      updatedFrom: string
      /** The purchase time the next page starts at (null: the beginning). */
      boughtFrom: string | null
      /** Forms bought exactly at `boughtFrom` that were already returned. */
      skip: number
    }
  | { phase: 'events'; fromEventId: string | null }

const BACKFILL = 'backfill:'
const EVENTS_FROM_START = 'events:start'

/** Reads a stored cursor; an unreadable one throws rather than silently restarting the sync. */
export function parseOrderCursor(cursor: string | null): AllegroOrderCursor {
  if (cursor === null) return { phase: 'start' }
  if (cursor === EVENTS_FROM_START) return { phase: 'events', fromEventId: null }
  if (/^\d+$/.test(cursor)) return { phase: 'events', fromEventId: cursor }
  if (cursor.startsWith(BACKFILL)) {
    const state = JSON.parse(cursor.slice(BACKFILL.length)) as Record<string, unknown>
    const { resumeEventId, updatedFrom, boughtFrom, skip } = state
    const optional = (value: unknown) => value === null || typeof value === 'string'
    if (
      optional(resumeEventId) &&
      typeof updatedFrom === 'string' &&
      optional(boughtFrom) &&
      Number.isInteger(skip)
    ) {
      return {
        phase: 'backfill',
        resumeEventId: resumeEventId as string | null,
        updatedFrom,
        boughtFrom: boughtFrom as string | null,
        skip: skip as number,
      }
    }
  }
  throw new Error(`Unreadable Allegro order cursor: ${cursor.slice(0, 80)}`)
}

/** Writes a cursor for the caller to store. */
export function formatOrderCursor(cursor: Exclude<AllegroOrderCursor, { phase: 'start' }>): string {
  if (cursor.phase === 'events') return cursor.fromEventId ?? EVENTS_FROM_START
  const { resumeEventId, updatedFrom, boughtFrom, skip } = cursor
  return `${BACKFILL}${JSON.stringify({ resumeEventId, updatedFrom, boughtFrom, skip })}`
}
