import pg from 'pg'
import type { Logger } from 'pino'

type Listener = (payload: string) => void

/** Receives PostgreSQL NOTIFY messages on named channels and hands them to in-process listeners. */
export class NotificationBus {
  private readonly listeners = new Map<string, Set<Listener>>()
  private client: pg.Client | null = null
  private stopped = false
  private reconnectDelayMs = 500
  private readonly recent: string[] = []

  constructor(
    private readonly mode: 'embedded' | 'server',
    private readonly connection: pg.ClientConfig,
    private readonly log: Logger,
  ) {}

  /** Registers a listener; returns the function that removes it. */
  subscribe(channel: string, listener: Listener): () => void {
    let set = this.listeners.get(channel)
    if (!set) {
      set = new Set()
      this.listeners.set(channel, set)
    }
    set.add(listener)
    return () => set.delete(listener)
  }

  /**
   * Embedded PGlite is one backend session shared by every socket connection, so a notification
   * comes back on whichever pooled connection committed it; watch those pools as well.
   */
  watchPool(pool: pg.Pool): void {
    if (this.mode !== 'embedded') return
    pool.on('connect', (client) => client.on('notification', (message) => this.deliver(message)))
  }

  /** Starts listening on the given channels (a dedicated connection on a server). */
  async start(channels: string[]): Promise<void> {
    for (const channel of channels)
      if (!this.listeners.has(channel)) this.listeners.set(channel, new Set())
    await this.connect()
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ ...this.connection, application_name: 'aftersale-listen' })
    client.on('notification', (message) => this.deliver(message))
    client.on('error', (error) => {
      this.log.warn({ err: error }, 'notification connection lost; reconnecting')
      this.scheduleReconnect()
    })
    await client.connect()
    for (const channel of this.listeners.keys()) {
      await client.query(`listen ${pg.Client.prototype.escapeIdentifier(channel)}`)
    }
    this.client = client
    this.reconnectDelayMs = 500
  }

  private scheduleReconnect(): void {
    if (this.stopped) return
    this.client = null
    const delay = this.reconnectDelayMs
    this.reconnectDelayMs = Math.min(delay * 2, 30_000)
    setTimeout(() => {
      this.connect().catch((error) => {
        this.log.warn({ err: error }, 'notification reconnect failed')
        this.scheduleReconnect()
      })
    }, delay).unref()
  }

  private deliver(message: pg.Notification): void {
    const set = this.listeners.get(message.channel)
    if (!set || message.payload === undefined) return
    if (this.mode === 'embedded') {
      // The shared backend may hand one notification to two of our connections; drop repeats.
      const key = `${message.channel}:${message.payload}`
      if (this.recent.includes(key)) return
      this.recent.push(key)
      if (this.recent.length > 256) this.recent.shift()
    }
    for (const listener of set) {
      try {
        listener(message.payload)
      } catch (error) {
        this.log.error({ err: error, channel: message.channel }, 'notification listener failed')
      }
    }
  }

  async stop(): Promise<void> {
    this.stopped = true
    await this.client?.end().catch(() => {})
  }
}
