import fs from 'node:fs'
import net from 'node:net'
import type { PGlite } from '@electric-sql/pglite'
import { PGLiteSocketHandler } from '@electric-sql/pglite-socket'

// Frontend messages of the extended query protocol: they belong to the group that the next
// other message (Sync, Flush, Query…) ends. Postgres keeps one unnamed statement and portal per
// session, and PGlite has one session for every socket, so a group must run without interleaving.
const EXTENDED = new Set(['P', 'B', 'D', 'E', 'C', 'F'].map((c) => c.charCodeAt(0)))

interface Unit {
  handlerId: number
  message: Uint8Array
  onData: (data: Uint8Array) => void
  resolve: (bytes: number) => void
  reject: (error: unknown) => void
}

/**
 * Serialises the socket connections onto PGlite's single session: whole protocol groups (a simple
 * query, or Parse…Sync) run one at a time, and while a transaction is open only its own
 * connection's groups run, so no connection ever sees another's transaction, role or statement.
 */
export class GroupedQueryQueue {
  private readonly queue: Unit[] = []
  private readonly pending = new Map<number, Uint8Array[]>()
  private owner: number | null = null
  private running = false

  constructor(private readonly db: PGlite) {}

  enqueue(
    handlerId: number,
    message: Uint8Array,
    onData: (data: Uint8Array) => void,
  ): Promise<number> {
    const type = message[0]!
    const parts = this.pending.get(handlerId)
    if (type !== undefined && EXTENDED.has(type)) {
      if (parts) parts.push(message)
      else this.pending.set(handlerId, [message])
      return Promise.resolve(0)
    }
    let unit = message
    if (parts) {
      this.pending.delete(handlerId)
      unit = concat([...parts, message])
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ handlerId, message: unit, onData, resolve, reject })
      void this.drain()
    })
  }

  private async drain(): Promise<void> {
    if (this.running) return
    this.running = true
    try {
      for (;;) {
        const index =
          this.owner === null ? 0 : this.queue.findIndex((u) => u.handlerId === this.owner)
        if (index < 0 || this.queue.length === 0) return
        const [unit] = this.queue.splice(index, 1)
        let bytes = 0
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(unit!.message, {
              onRawData: (data) => {
                bytes += data.length
                unit!.onData(data)
              },
            }),
          )
          this.owner = this.db.isInTransaction() ? unit!.handlerId : null
          unit!.resolve(bytes)
        } catch (error) {
          this.owner = this.db.isInTransaction() ? unit!.handlerId : null
          unit!.reject(error)
        }
      }
    } finally {
      this.running = false
    }
  }

  getQueueLength(): number {
    return this.queue.length
  }

  /** Drops a closed connection's waiting work. */
  clearQueueForHandler(handlerId: number): void {
    this.pending.delete(handlerId)
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (this.queue[i]!.handlerId === handlerId)
        this.queue.splice(i, 1)[0]!.reject(new Error('Handler disconnected'))
    }
  }

  /** Rolls back the transaction a closed connection left open, then lets the others run. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner === handlerId && this.db.isInTransaction()) {
      await this.db.exec('ROLLBACK') // exec takes PGlite's own lock; runExclusive would deadlock
    }
    if (this.owner === handlerId) this.owner = null
    void this.drain()
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}

/** A Unix-socket server speaking the PostgreSQL wire protocol for one PGlite, local clients only. */
export class PGliteSocketServer {
  private readonly server: net.Server
  private readonly handlers = new Set<PGLiteSocketHandler>()
  private readonly queue: GroupedQueryQueue

  constructor(
    db: PGlite,
    private readonly socketPath: string,
    private readonly maxConnections: number,
  ) {
    this.queue = new GroupedQueryQueue(db)
    this.server = net.createServer((socket) => this.accept(socket))
  }

  private async accept(socket: net.Socket): Promise<void> {
    if (this.handlers.size >= this.maxConnections) {
      socket.end()
      return
    }
    const handler = new PGLiteSocketHandler({
      queryQueue: this.queue as never,
      closeOnDetach: true,
    })
    this.handlers.add(handler)
    handler.addEventListener('close', () => this.handlers.delete(handler))
    handler.addEventListener('error', () => this.handlers.delete(handler))
    await handler.attach(socket)
  }

  start(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject)
      this.server.listen(this.socketPath, () => {
        fs.chmodSync(this.socketPath, 0o600)
        resolve()
      })
    })
  }

  async stop(): Promise<void> {
    for (const handler of this.handlers) await handler.detach(true)
    this.handlers.clear()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }
}
