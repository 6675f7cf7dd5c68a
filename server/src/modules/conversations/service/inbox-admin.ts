import { sql } from 'kysely'
import type { ServiceContext } from '../../../platform/context.js'
import { recordEvent } from '../../../platform/events/record-event.js'
import { badRequest, notFound } from '../../../platform/http/errors.js'
import { memberSummaries } from '../../identity/index.js'
import { validateWeeklyHours } from '../rules/business-hours.js'
import { ONLINE_WINDOW_SECONDS } from './agent-presence.js'
import { inboxSettings } from './sla-setup.js'

/** Members with capacity, availability, open load and online state (three queries). */
export async function listAgents(ctx: ServiceContext) {
  const members = await memberSummaries(ctx)
  const [capacity, open] = await Promise.all([
    ctx.trx.selectFrom('agentCapacity').selectAll().execute(),
    ctx.trx
      .selectFrom('conversations')
      .select(['assigneeId', sql<number>`count(*)::int`.as('n')])
      .where('status', '=', 'open')
      .where('assigneeId', 'is not', null)
      .groupBy('assigneeId')
      .execute(),
  ])
  const since = Date.now() - ONLINE_WINDOW_SECONDS * 1000
  return members.map((m) => {
    const c = capacity.find((x) => x.userId === m.id)
    return {
      userId: m.id,
      name: m.name,
      email: m.email,
      role: m.role,
      capacity: c?.capacity ?? null,
      available: c?.available ?? true,
      openCount: open.find((o) => o.assigneeId === m.id)?.n ?? 0,
      online: c?.lastSeenAt ? new Date(c.lastSeenAt).getTime() > since : false,
    }
  })
}

/** Sets an agent's capacity (open conversations at once) or availability for auto-assignment. */
export async function setAgentCapacity(
  ctx: ServiceContext,
  userId: string,
  input: { capacity?: number | null; available?: boolean },
) {
  if ((await memberSummaries(ctx, [userId])).length === 0) throw notFound('The member')
  const values = {
    workspaceId: ctx.workspaceId,
    userId,
    capacity: input.capacity ?? null,
    available: input.available ?? true,
  }
  const set: Record<string, unknown> = {}
  if (input.capacity !== undefined) set.capacity = input.capacity
  if (input.available !== undefined) set.available = input.available
  await ctx.trx
    .insertInto('agentCapacity')
    .values(values)
    .onConflict((oc) => oc.columns(['workspaceId', 'userId']).doUpdateSet(set))
    .execute()
  await recordEvent(ctx, {
    name: 'conversations.agent.updated',
    entityType: 'user',
    entityId: userId,
    changes: Object.fromEntries(Object.entries(set).map(([k, v]) => [k, { from: null, to: v }])),
  })
}

/** Teams with their member ids. */
export async function listTeams(ctx: ServiceContext) {
  const [teams, members] = await Promise.all([
    ctx.trx.selectFrom('teams').select(['id', 'name']).orderBy('name').execute(),
    ctx.trx.selectFrom('teamMembers').select(['teamId', 'userId']).execute(),
  ])
  return teams.map((t) => ({
    ...t,
    memberIds: members.filter((m) => m.teamId === t.id).map((m) => m.userId),
  }))
}

/** Creates a team or, with `id`, replaces its name and members. */
export async function saveTeam(
  ctx: ServiceContext,
  input: { id?: string; name: string; memberIds: string[] },
) {
  const members = await memberSummaries(ctx, input.memberIds)
  if (members.length !== new Set(input.memberIds).size)
    throw badRequest('unknown_member', 'Every team member must be a member of the workspace.')
  const id = input.id
    ? (
        await ctx.trx
          .updateTable('teams')
          .set({ name: input.name })
          .where('id', '=', input.id)
          .returning('id')
          .executeTakeFirst()
      )?.id
    : (
        await ctx.trx
          .insertInto('teams')
          .values({ workspaceId: ctx.workspaceId, name: input.name })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id
  if (!id) throw notFound('The team')
  await ctx.trx.deleteFrom('teamMembers').where('teamId', '=', id).execute()
  if (members.length)
    await ctx.trx
      .insertInto('teamMembers')
      .values(members.map((m) => ({ workspaceId: ctx.workspaceId, teamId: id, userId: m.id })))
      .execute()
  await recordEvent(ctx, {
    name: input.id ? 'conversations.team.updated' : 'conversations.team.created',
    entityType: 'team',
    entityId: id,
    changes: { name: { from: null, to: input.name }, members: { from: null, to: members.length } },
  })
  return id
}

/** Deletes a team; its conversations keep their assignee and lose the team. */
export async function deleteTeam(ctx: ServiceContext, id: string) {
  const row = await ctx.trx
    .deleteFrom('teams')
    .where('id', '=', id)
    .returning('name')
    .executeTakeFirst()
  if (!row) throw notFound('The team')
  await recordEvent(ctx, {
    name: 'conversations.team.deleted',
    entityType: 'team',
    entityId: id,
    changes: { name: { from: row.name, to: null } },
  })
}

/** Stores business hours and the SLA at-risk ratio after validating the hours. */
export async function saveInboxSettings(
  ctx: ServiceContext,
  input: { businessHours: unknown; slaAtRiskRatio: number },
) {
  const checked = validateWeeklyHours(input.businessHours)
  if (!checked.ok) throw badRequest('invalid_business_hours', checked.problem)
  const before = await inboxSettings(ctx)
  const hours = JSON.stringify(checked.hours)
  await ctx.trx
    .insertInto('inboxSettings')
    .values({
      workspaceId: ctx.workspaceId,
      businessHours: hours,
      slaAtRiskRatio: input.slaAtRiskRatio,
    })
    .onConflict((oc) =>
      oc
        .column('workspaceId')
        .doUpdateSet({ businessHours: hours, slaAtRiskRatio: input.slaAtRiskRatio }),
    )
    .execute()
  await recordEvent(ctx, {
    name: 'conversations.inboxSettings.updated',
    entityType: 'workspace',
    entityId: ctx.workspaceId,
    changes: {
      businessHours: { from: before.businessHours, to: checked.hours },
      slaAtRiskRatio: { from: before.atRiskRatio, to: input.slaAtRiskRatio },
    },
  })
}
