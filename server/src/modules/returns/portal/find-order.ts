import { sql } from 'kysely'
import type { ServiceContext } from '../../../platform/context.js'
import type { Runtime } from '../../../platform/runtime.js'
import type { PortalBranding } from './pages/portal-frame.js'

/**
 * The workspace whose portal lives at `/shop/<slug>/returns`, or null. Read as the owner (the
 * workspaces table is under row-level security and no workspace is set yet); only the id leaves.
 */
export async function workspaceBySlug(runtime: Runtime, slug: string): Promise<string | null> {
  if (!/^[a-z0-9-]{1,80}$/i.test(slug)) return null
  const row = await runtime.database.db
    .selectFrom('workspaces')
    .select('id')
    .where('slug', '=', slug)
    .executeTakeFirst()
  return row?.id ?? null
}

/** The start page's look and whether the workspace runs the portal at all. */
export async function loadPortalFront(
  ctx: ServiceContext,
): Promise<{ branding: PortalBranding; portalEnabled: boolean }> {
  const look = await ctx.trx
    .selectFrom('orderSettings')
    .select(['shopName', 'accentColor', 'logoUrl'])
    .where('workspaceId', '=', ctx.workspaceId)
    .executeTakeFirst()
  const settings = await ctx.trx
    .selectFrom('returnSettings')
    .select('portalEnabled')
    .where('workspaceId', '=', ctx.workspaceId)
    .executeTakeFirst()
  return {
    branding: {
      shopName: look?.shopName ?? null,
      accentColor: look?.accentColor ?? null,
      logoUrl: look?.logoUrl ?? null,
    },
    portalEnabled: settings?.portalEnabled ?? true,
  }
}

/**
 * The tracking token of the order with this number and buyer e-mail (compared without case),
 * or null; the caller answers both "no such order" and "wrong e-mail" with the same words.
 */
export async function trackingTokenOf(
  ctx: ServiceContext,
  number: string,
  email: string,
): Promise<string | null> {
  const row = await ctx.trx
    .selectFrom('orders')
    .select('trackingToken')
    // Buyers copy numbers with a leading "#" or in other letter case.
    .where(sql<boolean>`upper(number) = upper(${number.replace(/^#/, '')})`)
    .where(sql<boolean>`lower(buyer_email) = lower(${email})`)
    .orderBy('placedAt', 'desc')
    .limit(1)
    .executeTakeFirst()
  return row?.trackingToken ?? null
}
