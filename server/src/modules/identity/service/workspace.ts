import type { ServiceContext } from '../../../platform/context.js'
import { diffFields, recordEvent } from '../../../platform/events/record-event.js'
import { notFound } from '../../../platform/http/errors.js'
import { announceIdentityChange } from '../identity-changes.js'

/** The current workspace's settings. */
export async function getWorkspace(ctx: ServiceContext) {
  const workspace = await ctx.trx
    .selectFrom('workspaces')
    .select(['id', 'name', 'slug', 'timezone', 'createdAt'])
    .where('id', '=', ctx.workspaceId)
    .executeTakeFirst()
  if (!workspace) throw notFound('The workspace')
  return workspace
}

/** Renames the workspace or changes its time zone (the zone business-hour rules use). */
export async function updateWorkspace(
  ctx: ServiceContext,
  input: { name?: string; timezone?: string },
) {
  const before = await getWorkspace(ctx)
  const changes = diffFields(before, input)
  if (Object.keys(changes).length === 0) return before
  await ctx.trx.updateTable('workspaces').set(input).where('id', '=', ctx.workspaceId).execute()
  await recordEvent(ctx, {
    name: 'identity.workspace.updated',
    entityType: 'workspace',
    entityId: ctx.workspaceId,
    changes,
  })
  await announceIdentityChange(ctx.trx, { kind: 'workspace', id: ctx.workspaceId })
  return getWorkspace(ctx)
}

/** The workspace's IANA time zone, by which business hours and holidays are counted. */
export async function workspaceTimeZone(ctx: ServiceContext): Promise<string> {
  return (await getWorkspace(ctx)).timezone
}
