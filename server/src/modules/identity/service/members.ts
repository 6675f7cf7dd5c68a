import type { ServiceContext } from '../../../platform/context.js'
import { recordEvent } from '../../../platform/events/record-event.js'
import { AppError, notFound } from '../../../platform/http/errors.js'
import { announceIdentityChange } from '../identity-changes.js'
import { type Refusal, type Role, refuseRemoval, refuseRoleChange } from '../rules/roles.js'

/** A workspace member with what the caller may do to them. */
export interface MemberView {
  userId: string
  email: string
  name: string
  role: Role
  joinedAt: Date
  abilities: { changeRole: boolean; remove: boolean }
}

/** Lists members (one query) with the caller's abilities on each row. */
export async function listMembers(
  ctx: ServiceContext,
  actorRole: Role,
  actorUserId: string | null,
) {
  const rows = await ctx.trx
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.userId')
    .select(['m.userId', 'u.email', 'u.name', 'm.role', 'm.createdAt as joinedAt'])
    .orderBy('u.name')
    .execute()
  const ownerCount = rows.filter((row) => row.role === 'owner').length
  return rows.map((row): MemberView => {
    const change = {
      actorRole,
      isSelf: row.userId === actorUserId,
      targetRole: row.role,
      ownerCount,
    }
    const anyRole = (['viewer', 'agent', 'admin', 'owner'] as const).some(
      (role) => role !== row.role && refuseRoleChange(change, role) === null,
    )
    return { ...row, abilities: { changeRole: anyRole, remove: refuseRemoval(change) === null } }
  })
}

/** Gives a member another role under the rules in `rules/roles.ts`. */
export async function changeMemberRole(
  ctx: ServiceContext,
  actor: { role: Role; userId: string | null },
  userId: string,
  role: Role,
): Promise<void> {
  const target = await findMember(ctx, userId)
  if (target.role === role) return
  refuse(refuseRoleChange(await changeFacts(ctx, actor, target), role))
  await ctx.trx
    .updateTable('memberships')
    .set({ role })
    .where('userId', '=', userId)
    .where('workspaceId', '=', ctx.workspaceId)
    .execute()
  await recordEvent(ctx, {
    name: 'identity.member.roleChanged',
    entityType: 'user',
    entityId: userId,
    changes: { role: { from: target.role, to: role } },
  })
  await announceIdentityChange(ctx.trx, { kind: 'user', id: userId })
}

/** Removes a member from the workspace and ends their sessions in it. */
export async function removeMember(
  ctx: ServiceContext,
  actor: { role: Role; userId: string | null },
  userId: string,
): Promise<void> {
  const target = await findMember(ctx, userId)
  refuse(refuseRemoval(await changeFacts(ctx, actor, target)))
  await ctx.trx
    .deleteFrom('memberships')
    .where('userId', '=', userId)
    .where('workspaceId', '=', ctx.workspaceId)
    .execute()
  await recordEvent(ctx, {
    name: 'identity.member.removed',
    entityType: 'user',
    entityId: userId,
    changes: { role: { from: target.role, to: null } },
  })
  await announceIdentityChange(ctx.trx, { kind: 'user', id: userId })
}

async function findMember(ctx: ServiceContext, userId: string) {
  const member = await ctx.trx
    .selectFrom('memberships')
    .select(['userId', 'role'])
    .where('userId', '=', userId)
    .where('workspaceId', '=', ctx.workspaceId)
    .executeTakeFirst()
  if (!member) throw notFound('The member')
  return member
}

async function changeFacts(
  ctx: ServiceContext,
  actor: { role: Role; userId: string | null },
  target: { userId: string; role: Role },
) {
  const owners = await ctx.trx
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('workspaceId', '=', ctx.workspaceId)
    .where('role', '=', 'owner')
    .executeTakeFirstOrThrow()
  return {
    actorRole: actor.role,
    isSelf: actor.userId === target.userId,
    targetRole: target.role,
    ownerCount: Number(owners.count),
  }
}

const REFUSALS = {
  forbidden: [403, 'forbidden', 'Your role does not allow this.'],
  owner_only: [403, 'owner_only', 'Only an owner can grant, change or remove the owner role.'],
  last_owner: [409, 'last_owner', 'A workspace must keep at least one owner.'],
} as const

/** Throws the HTTP error for a refusal from the role rules. */
export function refuse(refusal: Refusal): void {
  if (!refusal) return
  const [status, code, message] = REFUSALS[refusal]
  throw new AppError(status, code, message)
}

/** Ids of members who may be assigned conversations (owners, admins and agents), oldest first. */
export async function assignableMemberIds(ctx: ServiceContext): Promise<string[]> {
  const rows = await ctx.trx
    .selectFrom('memberships')
    .select('userId')
    .where('role', 'in', ['owner', 'admin', 'agent'])
    .orderBy('createdAt')
    .orderBy('userId')
    .execute()
  return rows.map((r) => r.userId)
}

/** Names, e-mails and roles of the workspace's members (all of them when `ids` is omitted), in one query. */
export async function memberSummaries(ctx: ServiceContext, ids?: string[]) {
  if (ids && ids.length === 0) return []
  let query = ctx.trx
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.userId')
    .select(['users.id', 'users.name', 'users.email', 'memberships.role'])
    .orderBy('users.name')
  if (ids) query = query.where('users.id', 'in', [...new Set(ids)])
  return query.execute()
}
