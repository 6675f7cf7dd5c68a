import type { FastifyInstance } from 'fastify'
import type { Logger } from 'pino'

/** The channel kinds Aftersale connects to; each has one folder under `channels/`. */
export type ChannelKind = 'email' | 'widget' | 'allegro'

/** A file attached to a message, as a connector hands it over (content already downloaded). */
export interface InboundAttachment {
  filename: string
  contentType: string
  /** The bytes; null when the file was refused (too large) and only its metadata is kept. */
  content: Buffer | null
  size: number
  /** Why content is null (e.g. "larger than 25 MB"), shown to agents. */
  refusedReason?: string
  /** The marketplace's id or URL for the file, for later download or reference. */
  externalRef?: string
}

/** One message in Aftersale's normalised shape, whatever channel it came from. */
export interface InboundMessage {
  /** Unique within the channel account; ingest is idempotent on (account, externalId). */
  externalId: string
  /** The marketplace's thread id (Allegro thread, widget session); null for e-mail. */
  externalThreadId: string | null
  /** 'outbound' for messages the seller sent outside Aftersale (e.g. in Allegro's own UI). */
  direction: 'inbound' | 'outbound'
  author: { name: string | null; email: string | null; externalId: string | null }
  subject: string | null
  /** Plain text of the message (for search, previews and channels without HTML). */
  text: string
  /** HTML as received; ingest sanitises it before storing, connectors must not trust it. */
  html: string | null
  sentAt: Date
  attachments: InboundAttachment[]
  /** E-mail threading data; other connectors leave the header fields empty. */
  threading: {
    messageId: string | null
    inReplyTo: string | null
    references: string[]
    /** An order number found in the subject or body ("Nowa wiadomość do zamówienia #…"). */
    orderNumber: string | null
  }
  /** RFC 3834: Auto-Submitted / bulk / list mail; Aftersale never auto-replies to it. */
  automated: boolean
}

/** A reply an agent wrote, as handed to a connector for delivery. */
export interface OutboundReply {
  /** Aftersale's message id; connectors use it as their idempotency key. */
  messageId: string
  /** When the agent queued it: a crashed send is looked for only among messages after this. */
  queuedAt?: Date
  conversationId: string
  externalThreadId: string | null
  to: { name: string | null; email: string | null; externalId: string | null }
  subject: string | null
  text: string
  html: string | null
  /** Message-ID / References of the thread so mail clients thread the reply. */
  inReplyTo: string | null
  references: string[]
  attachments: { filename: string; contentType: string; content: Buffer }[]
}

/** What a delivered reply became on the channel. */
export interface DeliveryReceipt {
  externalId: string
  /** For e-mail: the Message-ID header we sent. */
  messageIdHeader?: string
}

/** A channel account as connectors see it: decrypted credentials and its settings. */
export interface ConnectorAccount {
  id: string
  workspaceId: string
  kind: ChannelKind
  name: string
  settings: Record<string, unknown>
  credentials: Record<string, unknown>
  /** Persists credentials a connector changed mid-call (refreshed OAuth tokens) at once. */
  saveCredentials?: (credentials: Record<string, unknown>) => Promise<void>
}

/** The result of one pull: messages in order, the cursor to persist after ingest, whether more wait. */
export interface PullResult {
  messages: InboundMessage[]
  cursor: Record<string, unknown> | null
  hasMore: boolean
  /** Credentials changed during the pull (e.g. refreshed OAuth tokens); persisted encrypted. */
  credentials?: Record<string, unknown>
}

/** Raised by connectors for a marketplace rate limit; the account's health shows `retryAt`. */
export class RateLimitedError extends Error {
  constructor(
    message: string,
    readonly retryAt: Date,
  ) {
    super(message)
    this.name = 'RateLimitedError'
  }
}

/** Raised when the credentials are refused for good (revoked token, wrong password): no retry helps. */
export class CredentialsRejectedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CredentialsRejectedError'
  }
}

/** Where connectors that receive pushes (widget, webhooks) hand messages over for ingest. */
export type InboundSink = (accountId: string, messages: InboundMessage[]) => Promise<void>

/** One connector: how a kind of channel is pulled from, replied to and checked. */
export interface ChannelConnector {
  kind: ChannelKind
  /** Fetches messages after `cursor` (null: the first sync). Absent for push-only channels. */
  pull?(
    account: ConnectorAccount,
    cursor: Record<string, unknown> | null,
    log: Logger,
  ): Promise<PullResult>
  /** Delivers a reply; must be safe to call again with the same `reply.messageId`. */
  send(account: ConnectorAccount, reply: OutboundReply, log: Logger): Promise<DeliveryReceipt>
  /** After a crash mid-send: the receipt if the channel already has this reply, else null. */
  findDelivered?(account: ConnectorAccount, reply: OutboundReply): Promise<DeliveryReceipt | null>
  /** Marks a thread read on the marketplace when an agent opens it. */
  markRead?(account: ConnectorAccount, externalThreadId: string): Promise<void>
  /**
   * Keeps a live connection (IMAP IDLE) and calls `changed` when new messages may be waiting;
   * returns a function that stops watching. Pull stays the source of truth.
   */
  watch?(account: ConnectorAccount, changed: () => void, log: Logger): Promise<() => Promise<void>>
  /** Checks credentials and reachability (Settings → Channels "test connection"). */
  verify?(account: ConnectorAccount): Promise<void>
}

/** Extra HTTP routes a connector serves (webhooks, the widget's visitor API). */
export type ConnectorRoutes = (app: FastifyInstance, sink: InboundSink) => void

/** Raised when the channel refuses a reply for good (closed thread, bad recipient): retrying won't help. */
export class DeliveryRefusedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DeliveryRefusedError'
  }
}
