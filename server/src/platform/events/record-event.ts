import type { ServiceContext } from '../context.js'
import { recordEvents } from './record-events.js'

/** Channel on which committed domain events are announced to every web process. */
export const EVENTS_CHANNEL = 'aftersale_events'

/**
 * Short-lived signals, never stored: `{ workspaceId, signal?, … }` JSON payloads that the live
 * stream sends as `event: <signal>` (default `presence`: who views or types where).
 */
export const PRESENCE_CHANNEL = 'aftersale_presence'

/** One field's value before and after a change. */
export interface FieldChange {
  from: unknown
  to: unknown
}

/** A domain event as a service states it; `name` is `<module>.<entity>.<pastTense>`. */
export interface DomainEventInput {
  name: string
  entityType: string
  entityId: string
  changes?: Record<string, FieldChange>
}

/** The small notification payload (NOTIFY payloads are capped at 8000 bytes, so ids only). */
export interface EventAnnouncement {
  id: string
  workspaceId: string
  name: string
  entityType: string
  entityId: string
  createdAt: string
}

/** Writes a domain event (which is also the audit-log entry) in the caller's transaction and announces it on commit. */
export async function recordEvent(
  ctx: ServiceContext,
  event: DomainEventInput,
): Promise<EventAnnouncement> {
  const [announcement] = await recordEvents(ctx, [event])
  return announcement as EventAnnouncement
}

/** The fields whose values differ between `before` and `after`, as a changes map. */
export function diffFields<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {}
  for (const [key, to] of Object.entries(after)) {
    if (to !== undefined && before[key] !== to) changes[key] = { from: before[key] ?? null, to }
  }
  return changes
}
