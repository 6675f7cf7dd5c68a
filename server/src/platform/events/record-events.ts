import { sql } from 'kysely'
import type { ServiceContext } from '../context.js'
import { type DomainEventInput, EVENTS_CHANNEL, type EventAnnouncement } from './record-event.js'

const EVENT_NAME = /^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/
const CHUNK = 2000

/** Writes many domain events in a few statements (ingest batches) and announces each on commit. */
export async function recordEvents(
  ctx: ServiceContext,
  events: DomainEventInput[],
): Promise<EventAnnouncement[]> {
  const announcements: EventAnnouncement[] = []
  for (let start = 0; start < events.length; start += CHUNK) {
    const chunk = events.slice(start, start + CHUNK)
    for (const event of chunk)
      if (!EVENT_NAME.test(event.name))
        throw new Error(`Event name ${event.name} is not <module>.<entity>.<pastTense>`)
    const rows = await ctx.trx
      .insertInto('domainEvents')
      .values(
        chunk.map((event) => ({
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
        })),
      )
      .returning(['id', 'createdAt'])
      .execute()
    const payloads = rows.map((row, i) => {
      const event = chunk[i] as DomainEventInput
      const announcement: EventAnnouncement = {
        id: String(row.id),
        workspaceId: ctx.workspaceId,
        name: event.name,
        entityType: event.entityType,
        entityId: event.entityId,
        createdAt: row.createdAt.toISOString(),
      }
      announcements.push(announcement)
      return JSON.stringify(announcement)
    })
    // NOTIFY is transactional: listeners hear of the events only if this transaction commits.
    await sql`select pg_notify(${EVENTS_CHANNEL}, payload)
      from unnest(${payloads}::text[]) as payload`.execute(ctx.trx)
  }
  return announcements
}
