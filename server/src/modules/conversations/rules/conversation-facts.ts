import type { ConversationStatus } from '../tables.js'

/** What the inbox keeps about a conversation between messages. */
export interface ConversationFacts {
  status: ConversationStatus
  snoozedUntil: Date | null
  resolvedAt: Date | null
  waitingSince: Date | null
  firstInboundAt: Date | null
  firstReplyAt: Date | null
  lastMessageAt: Date | null
  lastInboundAt: Date | null
  messageCount: number
  preview: string
}

/** A message as it bears on a conversation's facts. */
export interface MessageFact {
  direction: 'inbound' | 'outbound'
  /** Auto-replies (RFC 3834) neither reopen a conversation nor start an SLA clock. */
  automated: boolean
  sentAt: Date
  text: string
}

const PREVIEW_LENGTH = 200

/** A blank conversation's facts. */
export const NEW_CONVERSATION: ConversationFacts = {
  status: 'open',
  snoozedUntil: null,
  resolvedAt: null,
  waitingSince: null,
  firstInboundAt: null,
  firstReplyAt: null,
  lastMessageAt: null,
  lastInboundAt: null,
  messageCount: 0,
  preview: '',
}

/**
 * Applies messages (any order) to a conversation: a customer message reopens it and starts the
 * wait; a reply (from Aftersale or the marketplace's own UI) ends the wait and counts as the
 * first reply once a customer has written.
 */
export function applyMessages(
  facts: ConversationFacts,
  messages: MessageFact[],
): ConversationFacts {
  const next = { ...facts }
  const ordered = [...messages].sort((a, b) => a.sentAt.getTime() - b.sentAt.getTime())
  for (const message of ordered) {
    next.messageCount += 1
    if (!next.lastMessageAt || message.sentAt >= next.lastMessageAt) {
      next.lastMessageAt = message.sentAt
      next.preview = message.text.replace(/\s+/g, ' ').trim().slice(0, PREVIEW_LENGTH)
    }
    if (message.direction === 'inbound') {
      if (message.automated) continue
      next.firstInboundAt ??= message.sentAt
      if (!next.lastInboundAt || message.sentAt > next.lastInboundAt)
        next.lastInboundAt = message.sentAt
      next.waitingSince ??= message.sentAt
      if (next.status !== 'open') {
        next.status = 'open'
        next.snoozedUntil = null
        next.resolvedAt = null
      }
    } else {
      if (next.firstInboundAt && !next.firstReplyAt && message.sentAt >= next.firstInboundAt)
        next.firstReplyAt = message.sentAt
      if (next.waitingSince && message.sentAt >= next.waitingSince) next.waitingSince = null
    }
  }
  return next
}
