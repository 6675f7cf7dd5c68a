import type { ServiceContext } from '../../../platform/context.js'
import { hashPassword, verifyPassword } from '../../../platform/crypto/passwords.js'
import { digest, randomSecret } from '../../../platform/crypto/secrets.js'
import { recordEvent } from '../../../platform/events/record-event.js'
import { AppError, conflict, notFound } from '../../../platform/http/errors.js'
import type { Runtime } from '../../../platform/runtime.js'
import { announceIdentityChange } from '../identity-changes.js'
import { type Role, refuseInvitation } from '../rules/roles.js'
import { refuse } from './members.js'

const INVITATION_DAYS = 7

/** Open invitations of the workspace with who sent them (one query). */
export async function listInvitations(ctx: ServiceContext) {
  const rows = await ctx.trx
    .selectFrom('invitations as i')
    .leftJoin('users as u', 'u.id', 'i.invitedBy')
    .select([
      'i.id',
      'i.email',
      'i.role',
      'i.createdAt',
      'i.expiresAt',
      'u.id as inviterId',
      'u.name as inviterName',
    ])
    .where('i.acceptedAt', 'is', null)
    .where('i.revokedAt', 'is', null)
    .orderBy('i.createdAt', 'desc')
    .execute()
  return rows.map(({ inviterId, inviterName, ...row }) => ({
    ...row,
    invitedBy: inviterId ? { id: inviterId, name: inviterName ?? '' } : null,
  }))
}

/** Invites an e-mail address with a role; returns the one-time secret for the accept link. */
export async function createInvitation(
  ctx: ServiceContext,
  actor: { role: Role; userId: string | null },
  input: { email: string; role: Role },
) {
  refuse(refuseInvitation(actor.role, input.role))
  const email = input.email.trim().toLowerCase()
  const member = await ctx.trx
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.userId')
    .select('m.userId')
    .where('u.email', '=', email)
    .executeTakeFirst()
  if (member) throw conflict('already_member', `${email} is already a member of this workspace.`)
  // A new invitation for the same address replaces the open one.
  await ctx.trx
    .updateTable('invitations')
    .set({ revokedAt: new Date() })
    .where('email', '=', email)
    .where('acceptedAt', 'is', null)
    .where('revokedAt', 'is', null)
    .execute()
  const secret = randomSecret(32)
  const row = await ctx.trx
    .insertInto('invitations')
    .values({
      workspaceId: ctx.workspaceId,
      email,
      role: input.role,
      tokenHash: digest(secret),
      invitedBy: actor.userId,
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await recordEvent(ctx, {
    name: 'identity.invitation.created',
    entityType: 'invitation',
    entityId: row.id,
    changes: { email: { from: null, to: email }, role: { from: null, to: input.role } },
  })
  const invitation = (await listInvitations(ctx)).find((i) => i.id === row.id)!
  return { invitation, secret }
}

/** Withdraws an open invitation. */
export async function revokeInvitation(ctx: ServiceContext, id: string): Promise<void> {
  const row = await ctx.trx
    .updateTable('invitations')
    .set({ revokedAt: new Date() })
    .where('id', '=', id)
    .where('acceptedAt', 'is', null)
    .where('revokedAt', 'is', null)
    .returning(['id', 'email'])
    .executeTakeFirst()
  if (!row) throw notFound('The invitation')
  await recordEvent(ctx, {
    name: 'identity.invitation.revoked',
    entityType: 'invitation',
    entityId: row.id,
    changes: { revoked: { from: false, to: true } },
  })
}

/** What an invitation link offers, read before signing in (the secret is the authorisation). */
export async function peekInvitation(runtime: Runtime, secret: string) {
  const row = await runtime.database.db
    .selectFrom('invitations as i')
    .innerJoin('workspaces as w', 'w.id', 'i.workspaceId')
    .leftJoin('users as u', 'u.email', 'i.email')
    .select([
      'i.id',
      'i.workspaceId',
      'i.email',
      'i.role',
      'w.name as workspaceName',
      'u.id as userId',
    ])
    .where('i.tokenHash', '=', digest(secret))
    .where('i.acceptedAt', 'is', null)
    .where('i.revokedAt', 'is', null)
    .where('i.expiresAt', '>', new Date())
    .executeTakeFirst()
  if (!row) throw notFound('The invitation (it may have expired or been used)')
  return row
}

/** Accepts an invitation: creates the user (or checks an existing user's password) and the membership. */
export async function acceptInvitation(
  runtime: Runtime,
  secret: string,
  input: { name?: string; password: string },
): Promise<{ userId: string; workspaceId: string }> {
  const invitation = await peekInvitation(runtime, secret)
  let userId = invitation.userId
  if (userId) {
    const user = await runtime.database.db
      .selectFrom('users')
      .select('passwordHash')
      .where('id', '=', userId)
      .executeTakeFirstOrThrow()
    if (!(await verifyPassword(user.passwordHash, input.password))) {
      throw new AppError(
        401,
        'invalid_credentials',
        'The password is not correct for this account.',
      )
    }
  } else if (!input.name) {
    throw new AppError(400, 'validation_failed', 'body/name: required for a new account', {
      issues: [{ path: 'body/name', message: 'missing field "name"' }],
    })
  }
  const passwordHash = userId ? null : await hashPassword(input.password)
  // Users are global, so creating one runs as the system rather than inside the workspace role.
  return runtime.asSystem(
    {
      workspaceId: invitation.workspaceId,
      actor: { type: 'system', id: null, label: invitation.email },
    },
    async (ctx) => {
      if (!userId) {
        const created = await ctx.trx
          .insertInto('users')
          .values({ email: invitation.email, name: input.name!, passwordHash })
          .returning('id')
          .executeTakeFirstOrThrow()
        userId = created.id
      }
      const claimed = await ctx.trx
        .updateTable('invitations')
        .set({ acceptedAt: new Date() })
        .where('id', '=', invitation.id)
        .where('acceptedAt', 'is', null)
        .returning('id')
        .executeTakeFirst()
      if (!claimed) throw notFound('The invitation (it may have expired or been used)')
      await ctx.trx
        .insertInto('memberships')
        .values({ workspaceId: invitation.workspaceId, userId, role: invitation.role })
        .onConflict((c) => c.columns(['workspaceId', 'userId']).doNothing())
        .execute()
      const actorCtx = {
        ...ctx,
        actor: { type: 'user' as const, id: userId, label: invitation.email },
      }
      await recordEvent(actorCtx, {
        name: 'identity.invitation.accepted',
        entityType: 'invitation',
        entityId: invitation.id,
        changes: {
          member: { from: null, to: invitation.email },
          role: { from: null, to: invitation.role },
        },
      })
      await announceIdentityChange(ctx.trx, { kind: 'user', id: userId })
      return { userId, workspaceId: invitation.workspaceId }
    },
  )
}
