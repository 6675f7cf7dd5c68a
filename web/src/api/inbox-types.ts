import type { PersonRef, Role } from './types'

export type ConversationStatus = 'open' | 'pending' | 'snoozed' | 'resolved'
export type Priority = 'low' | 'normal' | 'high' | 'urgent'
export type ChannelKind = 'email' | 'widget' | 'allegro'
export type SlaState = 'none' | 'ok' | 'at_risk' | 'breached'
export type InboxView = 'mine' | 'unassigned' | 'all' | 'sla_at_risk'

export const INBOX_VIEWS: readonly InboxView[] = ['mine', 'unassigned', 'all', 'sla_at_risk']
export const STATUSES: readonly ConversationStatus[] = ['open', 'pending', 'snoozed', 'resolved']
export const PRIORITIES: readonly Priority[] = ['low', 'normal', 'high', 'urgent']

export interface TagRef {
  id: string
  name: string
  color: string
}

export interface ConversationSla {
  state: SlaState
  dueAt: string | null
  atRiskAt: string | null
  firstResponseDueAt: string | null
  nextResponseDueAt: string | null
}

export interface ConversationItem {
  id: string
  number: number
  subject: string | null
  preview: string
  status: ConversationStatus
  snoozedUntil: string | null
  priority: Priority
  channel: { id: string; kind: ChannelKind; name: string }
  customer: { id: string; name: string | null; email: string | null } | null
  assignee: PersonRef | null
  team: PersonRef | null
  tags: TagRef[]
  orderNumber: string | null
  waitingSince: string | null
  firstReplyAt: string | null
  lastMessageAt: string
  messageCount: number
  sla: ConversationSla
  mergedIntoId: string | null
}

export interface CustomerPanel {
  id: string
  name: string | null
  email: string | null
  phone: string | null
  tags: TagRef[]
  conversations: {
    id: string
    number: number
    subject: string | null
    status: ConversationStatus
    lastMessageAt: string
  }[]
}

export interface ConversationAbilities {
  reply: boolean
  note: boolean
  assign: boolean
  resolve: boolean
  merge: boolean
}

export interface ConversationDetail extends ConversationItem {
  customerPanel: CustomerPanel | null
  abilities: ConversationAbilities
}

export interface ConversationPage {
  items: ConversationItem[]
  nextCursor: string | null
}

export interface ConversationCounts {
  views: Record<InboxView, number>
  statuses: Record<Exclude<ConversationStatus, 'resolved'>, number> & { resolved: number | null }
  channels: Record<string, number>
}

export type DeliveryStatus = 'received' | 'queued' | 'sending' | 'sent' | 'failed' | 'none'

export interface MessageAttachment {
  id: string
  filename: string
  contentType: string
  size: number
  url: string | null
  refusedReason: string | null
}

export interface Message {
  id: string
  kind: 'message' | 'note'
  direction: 'inbound' | 'outbound'
  authorType: 'customer' | 'agent' | 'system' | 'bot'
  author: { id: string | null; name: string | null }
  subject: string | null
  text: string
  html: string | null
  sentAt: string
  deliveryStatus: DeliveryStatus
  deliveryError: string | null
  automated: boolean
  mentions: string[]
  attachments: MessageAttachment[]
}

export interface Upload {
  fileKey: string
  filename: string
  contentType: string
  size: number
}

export interface CustomerHit {
  id: string
  name: string | null
  email: string | null
}

export interface SearchResult {
  conversations: ConversationItem[]
  customers: CustomerHit[]
}

export interface Agent {
  userId: string
  name: string
  email: string
  role: Role
  capacity: number | null
  available: boolean
  openCount: number
  online: boolean
}

export interface Team {
  id: string
  name: string
  memberIds: string[]
}

export interface TimeInterval {
  start: string
  end: string
}

/** ISO weekday ("1" = Monday … "7" = Sunday) → opening intervals. */
export type BusinessHours = Record<string, TimeInterval[]>

export interface InboxSettings {
  businessHours: BusinessHours
  slaAtRiskRatio: number
}

export type PresenceState = 'viewing' | 'typing' | 'left'

export interface PresenceSignal {
  conversationId: string
  userId: string
  name: string
  state: PresenceState
  at: string
}
