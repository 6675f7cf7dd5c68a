import type { IdentityChange } from './identity-changes.js'

interface Entry<T> {
  value: T
  expiresAt: number
  tags: string[]
}

/**
 * A short-lived in-process cache for authentication results and profiles. Entries carry tags
 * (`session:…`, `user:…`, `workspace:…`); an identity change drops every entry with its tag in
 * every process (via NOTIFY), and the TTL bounds staleness if a notification is ever missed.
 */
export class TaggedCache<T> {
  private readonly entries = new Map<string, Entry<T>>()

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  get(key: string, now = Date.now()): T | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    if (entry.expiresAt <= now) {
      this.entries.delete(key)
      return undefined
    }
    return entry.value
  }

  set(key: string, value: T, tags: string[], now = Date.now()): void {
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value
      if (oldest !== undefined) this.entries.delete(oldest)
    }
    this.entries.set(key, { value, expiresAt: now + this.ttlMs, tags })
  }

  /** Drops every entry tagged with the changed identity. */
  invalidate(change: IdentityChange): void {
    const tag = `${change.kind}:${change.id}`
    for (const [key, entry] of this.entries) if (entry.tags.includes(tag)) this.entries.delete(key)
  }

  clear(): void {
    this.entries.clear()
  }
}
