import { randomUUID } from 'node:crypto'
import { SimOrderState } from './sim-order-state.js'
import {
  SIM_SCOPES,
  type SimApp,
  type SimAttachment,
  type SimConfig,
  type SimMessage,
  type SimThread,
  type SimUser,
} from './sim-records.js'
import { SimReturnsState } from './sim-returns-state.js'
import { SimTokens } from './sim-tokens.js'
import { SimTraffic } from './sim-traffic.js'

/** A file a buyer attaches in a test or seed. */
export interface SimFileInput {
  filename: string
  contentType: string
  content: Buffer
}

/** A message written by the buyer (or, with `fromSeller`, by the seller outside Aftersale). */
export interface SimWriteInput {
  sellerLogin: string
  buyerLogin: string
  text: string
  threadId?: string
  orderId?: string | null
  offerId?: string | null
  attachments?: SimFileInput[]
  /** Backdates the message (seeds); live tests should leave it to the clock. */
  at?: Date
  fromSeller?: boolean
}

const DEFAULT_CONFIG: SimConfig = {
  accessTokenTtlSeconds: 12 * 3600,
  refreshTokenTtlSeconds: 90 * 24 * 3600,
  authCodeTtlSeconds: 10,
  deviceCodeTtlSeconds: 3600,
  deviceIntervalSeconds: 5,
  rotateRefreshTokens: true,
  rateLimit: null,
}

/** The simulator's whole in-memory world: apps, users, threads, messages, files, tokens, orders, returns. */
export class AllegroSimState {
  readonly config: SimConfig
  readonly apps = new Map<string, SimApp>()
  readonly users = new Map<string, SimUser>()
  readonly threads = new Map<string, SimThread>()
  readonly messages = new Map<string, SimMessage>()
  /** Makes ids of threads, messages and attachments; seeds swap in a repeatable one. */
  newId: () => string = randomUUID
  readonly attachments = new Map<string, SimAttachment>()
  readonly tokens: SimTokens
  readonly traffic: SimTraffic
  /** Checkout forms, order events and shipments (`/order/*`). */
  readonly orders: SimOrderState
  /** Customer returns, disputes and claims, payment refunds, commission refund applications. */
  readonly returns: SimReturnsState
  /** The simulator's notion of now; tests may replace it. */
  clock: () => Date
  private seq = 0

  constructor(config: Partial<SimConfig> = {}, clock: () => Date = () => new Date()) {
    this.config = { ...DEFAULT_CONFIG, ...config }
    this.clock = clock
    this.tokens = new SimTokens(this.config, () => this.clock())
    this.traffic = new SimTraffic(this.config, () => this.clock())
    this.orders = new SimOrderState({
      clock: () => this.clock(),
      newId: () => this.newId(),
      buyerId: (login) => this.addUser(login).id,
    })
    this.returns = new SimReturnsState({
      clock: () => this.clock(),
      newId: () => this.newId(),
      orders: this.orders,
    })
  }

  /** Registers an OAuth client. */
  registerApp(app: Partial<SimApp> & Pick<SimApp, 'clientId' | 'clientSecret'>): SimApp {
    const record = { name: app.clientId, redirectUris: [], ...app }
    this.apps.set(record.clientId, record)
    return record
  }

  /** Adds (or returns) an Allegro account by login. */
  addUser(login: string, details: Partial<Omit<SimUser, 'login'>> = {}): SimUser {
    const existing = this.users.get(login)
    if (existing) return existing
    const user = {
      id: String(40_000_000 + this.users.size + 1),
      login,
      email: `${login.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@example.pl`,
      firstName: '',
      lastName: '',
      ...details,
    }
    this.users.set(login, user)
    return user
  }

  /** Issues tokens directly, skipping the consent screens (tests). */
  issueTokens(clientId: string, login: string, scopes: string[] = [...SIM_SCOPES]) {
    this.addUser(login)
    return this.tokens.issue(clientId, login, scopes)
  }

  /** Finds the seller's thread with a buyer, creating it when they never wrote before. */
  threadBetween(ownerLogin: string, interlocutorLogin: string): SimThread {
    for (const thread of this.threads.values()) {
      if (thread.ownerLogin === ownerLogin && thread.interlocutorLogin === interlocutorLogin) {
        return thread
      }
    }
    const thread = {
      id: this.newId(),
      ownerLogin,
      interlocutorLogin,
      read: true,
      lastMessageDateTime: null,
    }
    this.threads.set(thread.id, thread)
    return thread
  }

  /** Appends a message to a thread and updates the thread's read flag and last date. */
  addMessage(thread: SimThread, input: Omit<SimMessage, 'id' | 'seq' | 'threadId'>): SimMessage {
    const message = { ...input, id: this.newId(), seq: ++this.seq, threadId: thread.id }
    this.messages.set(message.id, message)
    const last = thread.lastMessageDateTime
    if (!last || last < message.createdAt) thread.lastMessageDateTime = message.createdAt
    thread.read = input.authorLogin === thread.ownerLogin
    return message
  }

  /** Makes a buyer write to a seller (the test-control API and seeds use it). */
  write(input: SimWriteInput): SimMessage {
    this.addUser(input.sellerLogin)
    const thread = input.threadId
      ? this.threads.get(input.threadId)
      : this.threadBetween(input.sellerLogin, input.buyerLogin)
    if (!thread) throw new Error(`unknown thread ${input.threadId}`)
    const author = input.fromSeller ? thread.ownerLogin : thread.interlocutorLogin
    const attachmentIds = (input.attachments ?? []).map((file) => {
      const attachment = this.storeAttachment(author, file.filename, file.content.length)
      attachment.mimeType = file.contentType
      attachment.content = file.content
      attachment.status = 'SAFE'
      return attachment.id
    })
    return this.addMessage(thread, {
      authorLogin: author,
      text: input.text,
      subject: null,
      createdAt: input.at ?? this.clock(),
      attachmentIds,
      orderId: input.orderId ?? null,
      offerId: input.offerId ?? null,
      type: 'MESSAGE_CENTER',
    })
  }

  /** Declares an attachment for `ownerLogin`; its binary comes later. */
  storeAttachment(ownerLogin: string, filename: string, size: number): SimAttachment {
    const attachment: SimAttachment = {
      id: this.newId(),
      ownerLogin,
      filename,
      declaredSize: size,
      mimeType: null,
      content: null,
      status: 'NEW',
    }
    this.attachments.set(attachment.id, attachment)
    return attachment
  }

  /** A thread's messages, newest first, as Allegro lists them. */
  messagesOf(threadId: string): SimMessage[] {
    return [...this.messages.values()]
      .filter((m) => m.threadId === threadId)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.seq - a.seq)
  }

  /** Removes a message and recomputes its thread's last message date. */
  deleteMessage(message: SimMessage): void {
    this.messages.delete(message.id)
    const thread = this.threads.get(message.threadId)
    if (thread) thread.lastMessageDateTime = this.messagesOf(thread.id)[0]?.createdAt ?? null
  }

  /**
   * Makes the next `count` requests matching `pattern` fail with `status` (500, 503…); with
   * `afterProcessing` the request takes effect and only its answer is lost.
   */
  failNext(
    pattern: string | RegExp,
    status: number,
    count = 1,
    options: { afterProcessing?: boolean } = {},
  ): void {
    this.traffic.failNext(pattern, status, count, options.afterProcessing ?? false)
  }

  /** Approves a device-flow user code as `sellerLogin`; false when the code is unknown. */
  approveDevice(userCode: string, sellerLogin: string): boolean {
    const grant = this.tokens.deviceByUserCode(userCode)
    if (grant?.status !== 'pending') return false
    this.addUser(sellerLogin)
    grant.status = 'approved'
    grant.login = sellerLogin
    return true
  }

  /** Denies a device-flow user code. */
  denyDevice(userCode: string): boolean {
    const grant = this.tokens.deviceByUserCode(userCode)
    if (grant?.status !== 'pending') return false
    grant.status = 'denied'
    return true
  }

  /** Empties everything except apps and configuration. */
  reset(): void {
    for (const map of [this.users, this.threads, this.messages, this.attachments]) map.clear()
    this.tokens.tokens.clear()
    this.tokens.codes.clear()
    this.tokens.devices.clear()
    this.traffic.reset()
    this.orders.reset()
    this.returns.reset()
  }
}
