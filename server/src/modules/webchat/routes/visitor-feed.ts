import type { ServiceContext } from '../../../platform/context.js'
import type { WorkspaceScope } from '../../../platform/db/workspace-transaction.js'
import {
  EVENTS_CHANNEL,
  type EventAnnouncement,
  PRESENCE_CHANNEL,
} from '../../../platform/events/record-event.js'
import type { Runtime } from '../../../platform/runtime.js'
import { type VisitorMessage, visitorThreadMessages } from '../../conversations/index.js'
import type { VisitorClaims } from '../rules/visitor-token.js'

// Replies are stamped when queued and announced at commit; look back a little for late commits.
const LOOK_BACK_MS = 5_000
const SEEN_MAX = 500

/** Where a feed writes server-sent events. */
export type SseWrite = (event: string, data: unknown, id?: string) => void

/**
 * Follows one visitor's conversation: on each committed message event of it, loads the visible
 * messages not yet sent and writes them; agents' typing comes from the presence channel.
 */
export class VisitorFeed {
  private conversationId: string | null = null
  private cursor: Date | null = null
  private readonly seen = new Set<string>()
  private loading: Promise<void> | null = null
  private again = false
  private readonly stops: (() => void)[] = []

  constructor(
    private readonly runtime: Runtime,
    private readonly scope: WorkspaceScope,
    private readonly visitor: VisitorClaims,
    private readonly write: SseWrite,
  ) {}

  /** Finds the conversation, sends what came after `since` (a reconnect), then listens. */
  async start(since: Date | null): Promise<void> {
    const { bus } = this.runtime
    this.stops.push(bus.subscribe(EVENTS_CHANNEL, (payload) => this.onEvent(payload)))
    this.stops.push(bus.subscribe(PRESENCE_CHANNEL, (payload) => this.onPresence(payload)))
    const thread = await this.inWorkspace((ctx) =>
      visitorThreadMessages(ctx, this.visitor.accountId, this.visitor.visitorId, {
        ...(since ? { after: since } : { limit: 1 }),
      }),
    )
    this.conversationId = thread.conversationId
    if (since) this.send(thread.messages)
    else for (const m of thread.messages) this.mark(m)
  }

  stop(): void {
    for (const stop of this.stops.splice(0)) stop()
  }

  private onEvent(payload: string) {
    const event = JSON.parse(payload) as EventAnnouncement
    if (event.workspaceId !== this.scope.workspaceId) return
    const relevant = this.conversationId
      ? event.entityId === this.conversationId && event.name.startsWith('conversations.message.')
      : event.name === 'conversations.conversation.created'
    if (relevant) this.refresh()
  }

  private onPresence(payload: string) {
    const signal = JSON.parse(payload) as {
      workspaceId: string
      conversationId: string
      userId: string | null
      name: string | null
      state: string
    }
    if (signal.workspaceId !== this.scope.workspaceId || signal.userId === null) return
    if (!this.conversationId || signal.conversationId !== this.conversationId) return
    // Agents appear by first name only, as in the messages.
    const name = signal.name?.split(/\s+/)[0] ?? null
    this.write('typing', { name, state: signal.state })
  }

  /** Loads new messages; calls during a load run once more after it, never in parallel. */
  refresh(): void {
    if (this.loading) {
      this.again = true
      return
    }
    this.loading = this.load()
      .catch((error) => this.runtime.log.warn({ err: error }, 'widget stream load failed'))
      .finally(() => {
        this.loading = null
        if (this.again) {
          this.again = false
          this.refresh()
        }
      })
  }

  private async load(): Promise<void> {
    const after = this.cursor ? new Date(this.cursor.getTime() - LOOK_BACK_MS) : undefined
    const thread = await this.inWorkspace((ctx) =>
      visitorThreadMessages(ctx, this.visitor.accountId, this.visitor.visitorId, { after }),
    )
    this.conversationId = thread.conversationId
    this.send(thread.messages)
  }

  private send(messages: VisitorMessage[]) {
    for (const m of messages) if (this.mark(m)) this.write('message', m, m.sentAt)
  }

  /** Remembers a message as sent; false if it was already. */
  private mark(m: VisitorMessage): boolean {
    if (this.seen.has(m.id)) return false
    this.seen.add(m.id)
    if (this.seen.size > SEEN_MAX) this.seen.delete(this.seen.values().next().value as string)
    const at = new Date(m.sentAt)
    if (!this.cursor || at > this.cursor) this.cursor = at
    return true
  }

  private inWorkspace<T>(work: (ctx: ServiceContext) => Promise<T>): Promise<T> {
    return this.runtime.inWorkspace(this.scope, work)
  }
}
