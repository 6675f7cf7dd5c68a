import { sql } from 'kysely'
import { AppError } from '../../../platform/http/errors.js'
import type { Runtime } from '../../../platform/runtime.js'

/** What the visitor API needs of a widget account, found before any workspace is known. */
export interface WidgetAccount {
  id: string
  workspaceId: string
  title: string | null
  greeting: string | null
  color: string | null
  /** Empty: any site may embed the widget. */
  allowedOrigins: string[]
  fallbackEmailAccountId: string | null
  identitySecret: string
}

const CACHE_MS = 10_000
const CACHE_MAX = 2_000
const caches = new WeakMap<Runtime, Map<string, { at: number; account: WidgetAccount | null }>>()

/** Raised for an unknown, deleted or paused widget. */
export const widgetUnavailable = () =>
  new AppError(404, 'widget_unavailable', 'No active chat widget has this key.')

/**
 * Finds an active widget account by its public key or id through the owner connection; cached
 * for a few seconds so a flood of visitor requests does not become a flood of queries.
 */
export async function findWidgetAccount(
  runtime: Runtime,
  by: { key: string } | { id: string },
): Promise<WidgetAccount | null> {
  let cache = caches.get(runtime)
  if (!cache) {
    cache = new Map()
    caches.set(runtime, cache)
  }
  const cacheKey = 'key' in by ? `k:${by.key}` : `i:${by.id}`
  const hit = cache.get(cacheKey)
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.account
  const account = await loadWidgetAccount(runtime, by)
  if (cache.size >= CACHE_MAX) cache.clear()
  cache.set(cacheKey, { at: Date.now(), account })
  return account
}

async function loadWidgetAccount(
  runtime: Runtime,
  by: { key: string } | { id: string },
): Promise<WidgetAccount | null> {
  let query = runtime.database.db
    .selectFrom('channelAccounts')
    .select(['id', 'workspaceId', 'settings', 'credentials'])
    .where('kind', '=', 'widget')
    .where('status', '=', 'active')
    .where('deletedAt', 'is', null)
  // Matches the partial unique index channel_accounts_widget_key_idx.
  if ('key' in by) query = query.where(sql<string>`settings->>'widgetKey'`, '=', by.key)
  else if (/^[0-9a-f-]{36}$/i.test(by.id)) query = query.where('id', '=', by.id)
  else return null
  const row = await query.executeTakeFirst()
  if (!row?.credentials) return null
  const credentials = runtime.secrets.open<Record<string, unknown>>(row.credentials, row.id)
  const settings = row.settings
  const text = (value: unknown) => (typeof value === 'string' && value ? value : null)
  const identitySecret = text(credentials.identitySecret)
  if (!identitySecret) return null
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    title: text(settings.title),
    greeting: text(settings.greeting),
    color: text(settings.color),
    allowedOrigins: Array.isArray(settings.allowedOrigins)
      ? settings.allowedOrigins.filter((o): o is string => typeof o === 'string')
      : [],
    fallbackEmailAccountId: text(settings.fallbackEmailAccountId),
    identitySecret,
  }
}
