import type { AllegroCredentials } from './allegro-types.js'

const expiry = (credentials: AllegroCredentials) =>
  Date.parse(credentials.accessTokenExpiresAt) || 0

/**
 * Remembers tokens refreshed during calls whose results cannot carry credentials (send, markRead)
 * until a pull hands them over for storage, and lets one refresh per account run at a time, so a
 * rotated refresh token is never spent twice. Lives in memory: a restart before the next pull
 * falls back to the stored tokens.
 */
export class AllegroTokenCache {
  private readonly latest = new Map<string, AllegroCredentials>()
  private readonly inflight = new Map<string, Promise<AllegroCredentials>>()

  /** The newest tokens for the account: the stored ones unless a later refresh replaced them. */
  current(accountId: string, stored: AllegroCredentials): AllegroCredentials {
    const cached = this.latest.get(accountId)
    if (!cached || cached.clientId !== stored.clientId || expiry(cached) <= expiry(stored))
      return stored
    return cached
  }

  /** Refreshes once for all callers holding the same refresh token. */
  refresh(
    accountId: string,
    credentials: AllegroCredentials,
    run: (credentials: AllegroCredentials) => Promise<AllegroCredentials>,
  ): Promise<AllegroCredentials> {
    // Another call already refreshed these tokens: reuse its result instead of spending them again.
    const newer = this.current(accountId, credentials)
    if (newer !== credentials) return Promise.resolve(newer)
    const key = `${accountId}\u0000${credentials.refreshToken}`
    const running = this.inflight.get(key)
    if (running) return running
    const promise = run(credentials)
      .then((fresh) => {
        this.latest.set(accountId, fresh)
        return fresh
      })
      .finally(() => this.inflight.delete(key))
    this.inflight.set(key, promise)
    return promise
  }
}

/**
 * The process's one cache: messaging and orders refresh the same account's tokens, and two
 * caches would each spend the refresh token (Allegro retires it after use).
 */
export const sharedAllegroTokens = new AllegroTokenCache()
