import type { ColumnType, Generated } from 'kysely'

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
type NullableTimestamp = ColumnType<
  Date | null,
  Date | string | null | undefined,
  Date | string | null
>

/** Conversation statuses: open needs us, pending waits for the customer, snoozed waits for a time. */
export type ConversationStatus = 'open' | 'pending' | 'snoozed' | 'resolved'
export type Priority = 'low' | 'normal' | 'high' | 'urgent'
export type SlaStateName = 'none' | 'ok' | 'at_risk' | 'breached'
export type DeliveryStatus = 'received' | 'queued' | 'sending' | 'sent' | 'failed' | 'none'

/** Row types of the conversations module's tables. */
export interface ConversationTables {
  conversationCounters: { workspaceId: string; lastNumber: number }
  teams: { id: Generated<string>; workspaceId: string; name: string; createdAt: Generated<Date> }
  teamMembers: { workspaceId: string; teamId: string; userId: string }
  agentCapacity: {
    workspaceId: string
    userId: string
    capacity: number | null
    available: Generated<boolean>
    lastSeenAt: NullableTimestamp
  }
  conversations: {
    id: Generated<string>
    workspaceId: string
    number: number
    channelAccountId: string
    channelKind: string
    customerId: string | null
    subject: string | null
    orderNumber: string | null
    status: Generated<ConversationStatus>
    snoozedUntil: NullableTimestamp
    priority: Generated<Priority>
    assigneeId: string | null
    teamId: string | null
    waitingSince: NullableTimestamp
    firstInboundAt: NullableTimestamp
    firstReplyAt: NullableTimestamp
    lastMessageAt: Timestamp
    lastInboundAt: NullableTimestamp
    messageCount: Generated<number>
    preview: Generated<string>
    firstResponseDueAt: NullableTimestamp
    nextResponseDueAt: NullableTimestamp
    slaDueAt: NullableTimestamp
    slaAtRiskAt: NullableTimestamp
    slaState: Generated<SlaStateName>
    slaSort: Generated<Date>
    mergedIntoId: string | null
    resolvedAt: NullableTimestamp
    createdAt: Generated<Date>
    updatedAt: Generated<Date>
  }
  conversationThreads: {
    workspaceId: string
    channelAccountId: string
    externalThreadId: string
    conversationId: string
  }
  messages: {
    id: Generated<string>
    workspaceId: string
    conversationId: string
    channelAccountId: string | null
    externalId: string | null
    direction: 'inbound' | 'outbound'
    kind: Generated<'message' | 'note'>
    authorType: 'customer' | 'agent' | 'system' | 'bot'
    authorUserId: string | null
    authorName: string | null
    subject: string | null
    bodyText: string
    bodyHtml: string | null
    headerMessageId: string | null
    inReplyTo: string | null
    threadReferences: Generated<string[]>
    mentions: Generated<string[]>
    automated: Generated<boolean>
    deliveryStatus: Generated<DeliveryStatus>
    deliveryError: string | null
    deliveryAttempts: Generated<number>
    sendingStartedAt: NullableTimestamp
    deliveredAt: NullableTimestamp
    sentAt: Timestamp
    createdAt: Generated<Date>
  }
  /** Read-only view over this workspace's messages whose full-text index works under RLS. */
  messageSearch: {
    id: string
    conversationId: string
    sentAt: Date
    search: string
  }
  messageAttachments: {
    id: Generated<string>
    workspaceId: string
    messageId: string
    filename: string
    contentType: string
    sizeBytes: ColumnType<string, number, number>
    fileKey: string | null
    sha256: string | null
    refusedReason: string | null
    externalRef: string | null
    createdAt: Generated<Date>
  }
  inboxSettings: {
    workspaceId: string
    businessHours: ColumnType<Record<string, { start: string; end: string }[]>, string, string>
    slaAtRiskRatio: number
  }
  conversationTags: { workspaceId: string; conversationId: string; tagId: string }
  roundRobinState: { workspaceId: string; channelAccountId: string; lastUserId: string | null }
  slaBreaches: {
    id: Generated<string>
    workspaceId: string
    conversationId: string
    channelAccountId: string
    kind: 'first_response' | 'next_response'
    dueAt: Timestamp
    breachedAt: Timestamp
    assigneeId: string | null
  }
}
