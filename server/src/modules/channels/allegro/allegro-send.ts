import type { DeliveryReceipt, OutboundReply } from '../contract.js'
import type { AllegroAccountSettings } from './allegro-account.js'
import { assertUploadable, uploadAttachments } from './allegro-attachments.js'
import type { AllegroClient } from './allegro-client.js'
import { UncertainOutcomeError } from './allegro-errors.js'
import { isSellerMessage } from './allegro-message-mapping.js'
import type { AllegroMessage } from './allegro-types.js'

/** A reply that may say when it was queued; with it, duplicate detection is exact. */
export type AllegroOutboundReply = OutboundReply & { queuedAt?: Date | string }

/** Tuning for sending and for finding an earlier delivery. */
export interface SendOptions {
  /** Without `queuedAt`, how far back a seller message with the same text counts as this reply. */
  lookbackMinutes: number
  /** Allowance for Allegro's clock running behind ours. */
  clockSkewSeconds: number
  /** POST attempts when the outcome of one is unknown and a look finds nothing. */
  maxPostAttempts: number
  now: () => Date
  sleep: (ms: number) => Promise<void>
}

/** Defaults: a 30-minute look-back, 30 s of clock skew, three attempts one second apart. */
export const DEFAULT_SEND_OPTIONS: SendOptions = {
  lookbackMinutes: 30,
  clockSkewSeconds: 30,
  maxPostAttempts: 3,
  now: () => new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
}

/** `NewMessageInThread.text.maxLength`. */
export const ALLEGRO_MAX_TEXT = 2000
const PAGE = 20
const normalise = (text: string) => text.replace(/\r\n?/g, '\n').trim()

/** The oldest seller message in the thread since `fromMs` with this text and attachment count. */
async function findSellerCopy(
  client: AllegroClient,
  settings: AllegroAccountSettings,
  reply: OutboundReply,
  fromMs: number,
): Promise<AllegroMessage | null> {
  const wanted = normalise(reply.text)
  const after = new Date(fromMs - 1).toISOString()
  let match: AllegroMessage | null = null
  for (let offset = 0; ; offset += PAGE) {
    const page = await client.listMessages(reply.externalThreadId!, { limit: PAGE, offset, after })
    for (const message of page.messages) {
      if (!isSellerMessage(message, settings.sellerLogin) || normalise(message.text) !== wanted)
        continue
      if ((message.attachments?.length ?? 0) === reply.attachments.length) match = message
    }
    if (page.messages.length < PAGE) return match
  }
}

/**
 * Finds a reply already delivered: a seller message in its thread with exactly its text, sent
 * after it was queued (`queuedAt`, else within `lookbackMinutes`). Allegro has no idempotency
 * key, so an identical text the seller typed himself in that window is taken for this reply.
 */
export async function findDeliveredReply(
  client: AllegroClient,
  settings: AllegroAccountSettings,
  reply: AllegroOutboundReply,
  options: SendOptions,
): Promise<DeliveryReceipt | null> {
  if (!reply.externalThreadId) return null
  const queued = reply.queuedAt ? new Date(reply.queuedAt).getTime() : Number.NaN
  const from = Number.isNaN(queued)
    ? options.now().getTime() - options.lookbackMinutes * 60_000
    : queued
  const found = await findSellerCopy(
    client,
    settings,
    reply,
    from - options.clockSkewSeconds * 1000,
  )
  return found ? { externalId: found.id } : null
}

/**
 * Posts a reply into its thread, attachments uploaded first. Safe to repeat: it first looks for
 * an earlier delivery, and when a POST's outcome is unknown it looks again before posting anew.
 */
export async function sendReply(
  client: AllegroClient,
  settings: AllegroAccountSettings,
  reply: AllegroOutboundReply,
  options: SendOptions,
): Promise<DeliveryReceipt> {
  const threadId = reply.externalThreadId
  if (!threadId) throw new Error('An Allegro reply needs the thread it answers')
  const text = normalise(reply.text)
  if (text === '') throw new Error('Allegro messages need text')
  if (text.length > ALLEGRO_MAX_TEXT)
    throw new Error(`Allegro messages hold at most ${ALLEGRO_MAX_TEXT} characters`)
  assertUploadable(reply.attachments)
  const earlier = await findDeliveredReply(client, settings, reply, options)
  if (earlier) return earlier
  const attachments = await uploadAttachments(client, reply.attachments)
  const startedMs = options.now().getTime() - options.clockSkewSeconds * 1000
  for (let attempt = 1; ; attempt++) {
    try {
      const body = attachments.length > 0 ? { text, attachments } : { text }
      const message = await client.postThreadMessage(threadId, body)
      return { externalId: message.id }
    } catch (error) {
      if (!(error instanceof UncertainOutcomeError) || attempt >= options.maxPostAttempts)
        throw error
      await options.sleep(1000 * attempt)
      const found = await findSellerCopy(client, settings, reply, startedMs)
      if (found) return { externalId: found.id }
    }
  }
}
