import { randomUUID } from 'node:crypto'
import type { ServiceContext } from '../../../../platform/context.js'
import type { DomainEventInput } from '../../../../platform/events/record-event.js'
import { recordEvents } from '../../../../platform/events/record-events.js'
import type { FileStore } from '../../../../platform/files/file-store.js'
import type { InboundMessage, LoadedAccount } from '../../../channels/index.js'
import { resolveCustomers } from '../../../customers/index.js'
import { applyMessages, NEW_CONVERSATION } from '../../rules/conversation-facts.js'
import { autoAssign } from '../assignment.js'
import { loadFacts, saveFacts } from '../conversation-state.js'
import { slaSetups } from '../sla-setup.js'
import { claimEchoes } from './claim-echoes.js'
import { insertConversations, insertMessages } from './ingest-writes.js'
import { sanitizeForStorage } from './sanitize-message.js'
import { conversationOf, loadThreadIndex, remember } from './thread-keys.js'

/** The account fields ingest needs. */
export type IngestAccount = Pick<LoadedAccount, 'id' | 'kind' | 'sla' | 'assignmentMode' | 'teamId'>

/** What one ingest call stored. */
export interface IngestResult {
  stored: number
  duplicates: number
  conversationsCreated: string[]
  conversationsTouched: string[]
}

/** Identity of a message's author on its channel: the customer it belongs to. */
function customerKey(account: IngestAccount, m: InboundMessage): string | null {
  if (m.direction !== 'inbound') return null
  if (account.kind === 'email') return m.author.email?.toLowerCase() ?? null
  return m.author.externalId ?? m.author.email?.toLowerCase() ?? null
}

/**
 * Stores a batch of normalised messages of one account exactly once: skips known external ids,
 * threads each message, creates conversations and customers as needed, updates facts and SLA,
 * and records one event per message, all in the caller's transaction.
 */
export async function ingestMessages(
  ctx: ServiceContext,
  files: FileStore,
  account: IngestAccount,
  batch: InboundMessage[],
): Promise<IngestResult> {
  const unique = new Map<string, InboundMessage>()
  for (const m of batch) if (!unique.has(m.externalId)) unique.set(m.externalId, m)
  const known = unique.size
    ? await ctx.trx
        .selectFrom('messages')
        .select('externalId')
        .where('channelAccountId', '=', account.id)
        .where('externalId', 'in', [...unique.keys()])
        .execute()
    : []
  for (const row of known) if (row.externalId) unique.delete(row.externalId)
  const messages = [...unique.values()].sort((a, b) => a.sentAt.getTime() - b.sentAt.getTime())
  const result: IngestResult = {
    stored: 0,
    duplicates: batch.length - messages.length,
    conversationsCreated: [],
    conversationsTouched: [],
  }
  if (messages.length === 0) return result

  const customers = await resolveCustomers(
    ctx,
    account.kind,
    messages.flatMap((m) => {
      const key = customerKey(account, m)
      return key ? [{ externalId: key, name: m.author.name, email: m.author.email }] : []
    }),
  )
  const index = await loadThreadIndex(ctx, account.id, messages)
  const target = new Map<InboundMessage, string>()
  const fresh = new Map<string, InboundMessage[]>()
  for (const m of messages) {
    let id = conversationOf(index, m)
    if (!id) {
      id = randomUUID()
      fresh.set(id, [])
    }
    fresh.get(id)?.push(m)
    target.set(m, id)
    remember(index, m, id)
  }
  await insertConversations(
    ctx,
    account,
    [...fresh.entries()].map(([id, group]) => {
      const first = group[0] as InboundMessage
      const customerMessage = group.find((m) => customerKey(account, m))
      const key = customerMessage ? customerKey(account, customerMessage) : null
      return {
        id,
        subject: first.subject,
        orderNumber: group.find((m) => m.threading.orderNumber)?.threading.orderNumber ?? null,
        customerId: key ? (customers.get(key) ?? null) : null,
        externalThreadId: first.externalThreadId,
        createdAt: first.sentAt,
      }
    }),
  )
  const placed = messages.map((m) => ({ message: m, conversationId: target.get(m) as string }))
  const echoes = await claimEchoes(ctx, account.id, placed)
  const stored = await insertMessages(
    ctx,
    files,
    account.id,
    placed
      .filter((p) => !echoes.has(p.message.externalId))
      .map((p) => ({ ...p, message: sanitizeForStorage(p.message) })),
  )
  const storedMessages = messages.filter((m) => stored.has(m.externalId))
  const touched = [...new Set(storedMessages.map((m) => target.get(m) as string))]
  const facts = await loadFacts(ctx, touched)
  const sla = (await slaSetups(ctx, [account])).get(account.id)
  if (!sla) throw new Error('No SLA setup for the account')
  await saveFacts(
    ctx,
    touched.map((id) => {
      const before = fresh.has(id) ? NEW_CONVERSATION : (facts.get(id) ?? NEW_CONVERSATION)
      const mine = storedMessages.filter((m) => target.get(m) === id)
      return {
        id,
        sla,
        facts: applyMessages(
          { ...NEW_CONVERSATION, ...before, messageCount: fresh.has(id) ? 0 : before.messageCount },
          mine.map((m) => ({ ...m, text: m.text })),
        ),
      }
    }),
  )
  const created = [...fresh.keys()].filter((id) => touched.includes(id))
  const events: DomainEventInput[] = [
    ...created.map((id) => ({
      name: 'conversations.conversation.created',
      entityType: 'conversation',
      entityId: id,
      changes: { channelAccountId: { from: null, to: account.id } },
    })),
    ...storedMessages.map((m) => ({
      name: 'conversations.message.received',
      entityType: 'conversation',
      entityId: target.get(m) as string,
      changes: {
        messageId: { from: null, to: stored.get(m.externalId) },
        direction: { from: null, to: m.direction },
      },
    })),
  ]
  await recordEvents(ctx, events)
  if (account.assignmentMode !== 'manual' && created.length > 0)
    await autoAssign(ctx, account, created)
  result.stored = storedMessages.length
  result.duplicates = batch.length - storedMessages.length
  result.conversationsCreated = created
  result.conversationsTouched = touched
  return result
}
