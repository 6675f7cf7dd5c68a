import type { ServiceContext } from '../../../platform/context.js'
import { recordEvent } from '../../../platform/events/record-event.js'
import {
  type EvidenceLanguage,
  effectiveChecklist,
  languageOf,
  normalizeChecklist,
} from './pack-checklist.js'

/** The checklist as configured (maybe empty) and as packers see it. */
export interface PackingSettings {
  configured: string[]
  checklist: string[]
  language: EvidenceLanguage
}

/** The interface language of the agent behind the request (Polish for tokens and the system). */
export async function agentLanguage(ctx: ServiceContext): Promise<EvidenceLanguage> {
  if (ctx.actor.type !== 'user' || !ctx.actor.id) return 'pl'
  const user = await ctx.trx
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.userId')
    .select('users.locale')
    .where('users.id', '=', ctx.actor.id)
    .executeTakeFirst()
  return languageOf(user?.locale)
}

/** The workspace's packing checklist; the default list in the agent's language when none is set. */
export async function packingSettings(
  ctx: ServiceContext,
  preferred?: EvidenceLanguage,
): Promise<PackingSettings> {
  const row = await ctx.trx
    .selectFrom('returnSettings')
    .select('packChecklist')
    .where('workspaceId', '=', ctx.workspaceId)
    .executeTakeFirst()
  const configured = row?.packChecklist ?? []
  const language = preferred ?? (await agentLanguage(ctx))
  return { configured, checklist: effectiveChecklist(configured, language), language }
}

/** Replaces the packing checklist (an empty list brings back the default one). */
export async function updatePackChecklist(
  ctx: ServiceContext,
  items: string[],
): Promise<PackingSettings> {
  const before = await packingSettings(ctx)
  const packChecklist = normalizeChecklist(items)
  if (packChecklist.join('\n') === before.configured.join('\n')) return before
  await ctx.trx
    .insertInto('returnSettings')
    .values({ workspaceId: ctx.workspaceId, packChecklist })
    .onConflict((oc) =>
      oc.column('workspaceId').doUpdateSet({ packChecklist, updatedAt: new Date() }),
    )
    .execute()
  await recordEvent(ctx, {
    name: 'returns.settings.updated',
    entityType: 'workspace',
    entityId: ctx.workspaceId,
    changes: { packChecklist: { from: before.configured, to: packChecklist } },
  })
  return {
    ...before,
    configured: packChecklist,
    checklist: effectiveChecklist(packChecklist, before.language),
  }
}
