import { sql } from 'kysely'
import { digest } from '../../../platform/crypto/secrets.js'
import type { Runtime } from '../../../platform/runtime.js'
import type { IdentityChange } from '../identity-changes.js'
import type { Principal } from '../principal.js'
import { TaggedCache } from '../tagged-cache.js'

// Writes of last_seen_at / last_used_at are spread out: one per credential per minute is
// enough for idle expiry and "last used" display, and keeps reads free of writes.
const TOUCH_EVERY_MS = 60_000
const CACHE_TTL_MS = 10_000

/** Resolves session cookies and API tokens to principals, with a cache that identity changes clear. */
export class Authenticator {
  readonly cache = new TaggedCache<Principal>(CACHE_TTL_MS)
  private readonly touched = new Map<string, number>()

  constructor(private readonly runtime: Runtime) {}

  /** The principal behind a session cookie, or null when it is unknown, expired or idle too long. */
  async fromSession(token: string): Promise<Principal | null> {
    const key = `s:${token}`
    const cached = this.cache.get(key)
    if (cached) return this.touch(cached)
    const { db } = this.runtime.database
    const row = await db
      .selectFrom('sessions as s')
      .innerJoin('users as u', 'u.id', 's.userId')
      .innerJoin('memberships as m', (join) =>
        join.onRef('m.userId', '=', 's.userId').onRef('m.workspaceId', '=', 's.workspaceId'),
      )
      .select(['s.id', 's.userId', 's.workspaceId', 's.csrfToken', 's.lastSeenAt', 's.expiresAt'])
      .select(['u.email', 'u.name', 'm.role'])
      .where('s.tokenHash', '=', digest(token))
      .executeTakeFirst()
    if (!row) return null
    const now = Date.now()
    const idleLimit = this.runtime.config.sessionIdleMinutes * 60_000
    if (row.expiresAt.getTime() <= now || row.lastSeenAt.getTime() + idleLimit <= now) {
      await db.deleteFrom('sessions').where('id', '=', row.id).execute()
      return null
    }
    const principal: Principal = {
      kind: 'session',
      credentialId: row.id,
      userId: row.userId,
      workspaceId: row.workspaceId,
      role: row.role,
      actor: { type: 'user', id: row.userId, label: `${row.name} <${row.email}>` },
      csrfToken: row.csrfToken,
    }
    this.touched.set(row.id, row.lastSeenAt.getTime())
    this.cache.set(key, principal, tagsOf(principal))
    return this.touch(principal)
  }

  /** The principal behind an API token (`as_<prefix>_<secret>`), or null when unknown, revoked or expired. */
  async fromApiToken(token: string): Promise<Principal | null> {
    const key = `t:${token}`
    const cached = this.cache.get(key)
    if (cached) return this.touch(cached)
    const row = await this.runtime.database.db
      .selectFrom('apiTokens')
      .select(['id', 'workspaceId', 'name', 'role', 'createdBy', 'lastUsedAt'])
      .where('tokenHash', '=', digest(token))
      .where('revokedAt', 'is', null)
      .where((eb) => eb.or([eb('expiresAt', 'is', null), eb('expiresAt', '>', sql<Date>`now()`)]))
      .executeTakeFirst()
    if (!row) return null
    const principal: Principal = {
      kind: 'api_token',
      credentialId: row.id,
      userId: row.createdBy,
      workspaceId: row.workspaceId,
      role: row.role,
      actor: { type: 'api_token', id: row.id, label: `API token “${row.name}”` },
      csrfToken: null,
    }
    this.touched.set(row.id, row.lastUsedAt?.getTime() ?? 0)
    this.cache.set(key, principal, tagsOf(principal))
    return this.touch(principal)
  }

  /** Forgets cached principals touched by an identity change (called for every process via NOTIFY). */
  invalidate(change: IdentityChange): void {
    this.cache.invalidate(change)
  }

  private touch(principal: Principal): Principal {
    const now = Date.now()
    const last = this.touched.get(principal.credentialId) ?? 0
    if (now - last < TOUCH_EVERY_MS) return principal
    this.touched.set(principal.credentialId, now)
    const { db } = this.runtime.database
    const write =
      principal.kind === 'session'
        ? db
            .updateTable('sessions')
            .set({ lastSeenAt: new Date(now) })
            .where('id', '=', principal.credentialId)
        : db
            .updateTable('apiTokens')
            .set({ lastUsedAt: new Date(now) })
            .where('id', '=', principal.credentialId)
    write
      .execute()
      .catch((error) => this.runtime.log.warn({ err: error }, 'could not record credential use'))
    return principal
  }
}

function tagsOf(principal: Principal): string[] {
  const tags = [`${principal.kind}:${principal.credentialId}`, `workspace:${principal.workspaceId}`]
  if (principal.userId) tags.push(`user:${principal.userId}`)
  return tags
}
