import type { InboundMessage } from '../contract.js'
import type { AllegroAccountSettings } from './allegro-account.js'
import { downloadAttachments } from './allegro-attachments.js'
import type { AllegroClient } from './allegro-client.js'
import { type AllegroCursor, pruneSeen, readCursor } from './allegro-cursor.js'
import { AllegroApiError } from './allegro-errors.js'
import { toInboundMessage } from './allegro-message-mapping.js'
import type { AllegroMessage } from './allegro-types.js'

/** Tuning for pulls. */
export interface PullOptions {
  /** How far back the first sync reaches. */
  initialSyncDays: number
  /** Threads whose messages one pull reads; more set `hasMore`. */
  threadsPerPull: number
  /** Look-back before the cursor for messages that became visible late or share its instant. */
  overlapSeconds: number
  /** Larger downloaded files keep only their metadata. */
  maxAttachmentBytes: number
  now: () => Date
}

/** Defaults: two weeks of history, 20 threads per pull, a one-minute overlap, 25 MB files. */
export const DEFAULT_PULL_OPTIONS: PullOptions = {
  initialSyncDays: 14,
  threadsPerPull: 20,
  overlapSeconds: 60,
  maxAttachmentBytes: 25 * 1_048_576,
  now: () => new Date(),
}

const PAGE = 20
const time = (iso: string) => Date.parse(iso)

/** Threads whose last message is at or after `fromMs`, newest first (the list's own order). */
async function changedThreads(client: AllegroClient, fromMs: number) {
  const found = new Map<string, number>()
  for (let offset = 0; ; offset += PAGE) {
    const page = await client.listThreads({ limit: PAGE, offset })
    for (const thread of page.threads) {
      if (!thread.lastMessageDateTime) continue
      const last = time(thread.lastMessageDateTime)
      if (last < fromMs) return found
      if (!found.has(thread.id)) found.set(thread.id, last)
    }
    if (page.threads.length < PAGE) return found
  }
}

/** A thread's messages created within [fromMs, untilMs]. */
async function messagesBetween(
  client: AllegroClient,
  threadId: string,
  fromMs: number,
  untilMs: number,
) {
  const messages: AllegroMessage[] = []
  const after = new Date(fromMs - 1).toISOString()
  for (let offset = 0; ; offset += PAGE) {
    const page = await client.listMessages(threadId, { limit: PAGE, offset, after })
    for (const message of page.messages) {
      const created = time(message.createdAt)
      if (created >= fromMs && created <= untilMs) messages.push(message)
    }
    if (page.messages.length < PAGE) return messages
  }
}

/**
 * One incremental pull: lists threads newest first down to the cursor (less the overlap), reads
 * the changed ones' messages up to the newest thread date seen when the pass began, and returns
 * those not returned before, oldest first, with the cursor to store after ingest.
 */
export async function pullAllegro(
  client: AllegroClient,
  settings: AllegroAccountSettings,
  stored: Record<string, unknown> | null,
  options: PullOptions,
): Promise<{ messages: InboundMessage[]; cursor: AllegroCursor; hasMore: boolean }> {
  const cursor = readCursor(stored)
  const overlapMs = options.overlapSeconds * 1000
  const sinceMs = cursor
    ? time(cursor.since)
    : options.now().getTime() - options.initialSyncDays * 86_400_000
  const fromMs = sinceMs - overlapMs
  const threads = await changedThreads(client, fromMs)
  const untilMs = cursor?.round ? time(cursor.round.until) : Math.max(sinceMs, ...threads.values())
  const done = new Set(cursor?.round?.done ?? [])
  const todo = [...threads.keys()].filter((id) => !done.has(id))
  const seen = new Map(cursor?.seen ?? [])
  const fresh: AllegroMessage[] = []
  for (const threadId of todo.slice(0, options.threadsPerPull)) {
    try {
      const messages = await messagesBetween(client, threadId, fromMs, untilMs)
      for (const message of messages) if (!seen.has(message.id)) fresh.push(message)
    } catch (error) {
      // A thread gone between listing and reading has nothing left to import.
      if (!(error instanceof AllegroApiError) || error.status !== 404) throw error
    }
    done.add(threadId)
  }
  for (const message of fresh) seen.set(message.id, message.createdAt)
  fresh.sort((a, b) => time(a.createdAt) - time(b.createdAt) || a.id.localeCompare(b.id))
  const messages: InboundMessage[] = []
  for (const message of fresh) {
    const files = await downloadAttachments(client, message, options.maxAttachmentBytes)
    messages.push(toInboundMessage(message, files, settings.sellerLogin))
  }
  const hasMore = todo.length > options.threadsPerPull
  const next: AllegroCursor = hasMore
    ? {
        v: 1,
        since: new Date(sinceMs).toISOString(),
        seen: pruneSeen(seen, fromMs),
        round: { until: new Date(untilMs).toISOString(), done: [...done] },
      }
    : { v: 1, since: new Date(untilMs).toISOString(), seen: pruneSeen(seen, untilMs - overlapMs) }
  return { messages, cursor: next, hasMore }
}
