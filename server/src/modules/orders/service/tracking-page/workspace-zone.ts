import type { ServiceContext } from '../../../../platform/context.js'
import type { Runtime } from '../../../../platform/runtime.js'
import { workspaceTimeZone } from '../../../identity/index.js'

const TTL_MS = 60_000
const MAX_ENTRIES = 10_000
const caches = new WeakMap<Runtime, Map<string, { zone: string; at: number }>>()

/**
 * The workspace's time zone for the public page, remembered for a minute: a busy page then
 * costs one round trip less per view, and a changed zone shows within that minute.
 */
export async function cachedWorkspaceZone(runtime: Runtime, ctx: ServiceContext): Promise<string> {
  let cache = caches.get(runtime)
  if (!cache) {
    cache = new Map()
    caches.set(runtime, cache)
  }
  const hit = cache.get(ctx.workspaceId)
  if (hit && Date.now() - hit.at < TTL_MS) return hit.zone
  const zone = await workspaceTimeZone(ctx)
  if (cache.size >= MAX_ENTRIES) cache.clear()
  cache.set(ctx.workspaceId, { zone, at: Date.now() })
  return zone
}
