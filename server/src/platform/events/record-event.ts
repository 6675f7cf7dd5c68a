import { sql } from 'kysely'
import type { ServiceContext } from '../context.js'

/** Channel on which committed domain events are announced to every web process. */
export const EVENTS_CHANNEL = 'aftersale_events'

/** Short-lived signals (who views or types where), never stored: `{ workspaceId, … }` JSON payloads. */
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

const EVENT_NAME = /^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/

/** Writes a domain event (which is also the audit-log entry) in the caller's transaction and announces it on commit. */
export async function recordEvent(
  ctx: ServiceContext,
  event: DomainEventInput,
): Promise<EventAnnouncement> {
  if (!EVENT_NAME.test(event.name)) {
    throw new Error(`Event name ${event.name} is not <module>.<entity>.<pastTense>`)
  }
  const row = await ctx.trx
    .insertInto('domainEvents')
    .values({
      workspaceId: ctx.workspaceId,
      name: event.name,
      entityType: event.entityType,
      entityId: event.entityId,
      actorType: ctx.actor.type,
      actorId: ctx.actor.id,
      actorLabel: ctx.actor.label,
      ip: ctx.ip,
      requestId: ctx.requestId,
      changes: JSON.stringify(event.changes ?? {}),
    })
    .returning(['id', 'createdAt'])
    .executeTakeFirstOrThrow()
  const announcement: EventAnnouncement = {
    id: String(row.id),
    workspaceId: ctx.workspaceId,
    name: event.name,
    entityType: event.entityType,
    entityId: event.entityId,
    createdAt: row.createdAt.toISOString(),
  }
  // NOTIFY is transactional: listeners hear of the event only if this transaction commits.
  await sql`select pg_notify(${EVENTS_CHANNEL}, ${JSON.stringify(announcement)})`.execute(ctx.trx)
  return announcement
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
