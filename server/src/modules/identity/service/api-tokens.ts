import type { ServiceContext } from '../../../platform/context.js'
import { digest, randomSecret } from '../../../platform/crypto/secrets.js'
import { recordEvent } from '../../../platform/events/record-event.js'
import { notFound } from '../../../platform/http/errors.js'
import { announceIdentityChange } from '../identity-changes.js'
import { type Role, refuseTokenRole } from '../rules/roles.js'
import { refuse } from './members.js'

/** API tokens start with this so that secret scanners and people recognise them. */
export const API_TOKEN_PREFIX = 'as_'

/** Lists the workspace's live tokens with their creators (one query). */
export async function listApiTokens(ctx: ServiceContext) {
  const rows = await ctx.trx
    .selectFrom('apiTokens as t')
    .leftJoin('users as u', 'u.id', 't.createdBy')
    .select(['t.id', 't.name', 't.prefix', 't.role', 't.createdAt', 't.lastUsedAt', 't.expiresAt'])
    .select(['u.id as creatorId', 'u.name as creatorName'])
    .where('t.revokedAt', 'is', null)
    .orderBy('t.createdAt', 'desc')
    .execute()
  return rows.map(({ creatorId, creatorName, ...token }) => ({
    ...token,
    createdBy: creatorId ? { id: creatorId, name: creatorName ?? '' } : null,
  }))
}

/** Mints a token; the secret is returned once and only its SHA-256 is stored. */
export async function createApiToken(
  ctx: ServiceContext,
  actor: { role: Role; userId: string | null },
  input: { name: string; role: Role; expiresInDays?: number },
) {
  refuse(refuseTokenRole(actor.role, input.role))
  const prefix = randomSecret(6).replace(/[-_]/g, 'x').slice(0, 8)
  const secret = `${API_TOKEN_PREFIX}${prefix}_${randomSecret(32)}`
  const expiresAt = input.expiresInDays
    ? new Date(Date.now() + input.expiresInDays * 86_400_000)
    : null
  const token = await ctx.trx
    .insertInto('apiTokens')
    .values({
      workspaceId: ctx.workspaceId,
      name: input.name,
      prefix: `${API_TOKEN_PREFIX}${prefix}`,
      tokenHash: digest(secret),
      role: input.role,
      createdBy: actor.userId,
      expiresAt,
    })
    .returning(['id'])
    .executeTakeFirstOrThrow()
  await recordEvent(ctx, {
    name: 'identity.apiToken.created',
    entityType: 'api_token',
    entityId: token.id,
    changes: { name: { from: null, to: input.name }, role: { from: null, to: input.role } },
  })
  const created = (await listApiTokens(ctx)).find((row) => row.id === token.id)!
  return { token: created, secret }
}

/** Revokes a token at once in every process. */
export async function revokeApiToken(ctx: ServiceContext, tokenId: string): Promise<void> {
  const token = await ctx.trx
    .updateTable('apiTokens')
    .set({ revokedAt: new Date() })
    .where('id', '=', tokenId)
    .where('revokedAt', 'is', null)
    .returning(['id', 'name'])
    .executeTakeFirst()
  if (!token) throw notFound('The API token')
  await recordEvent(ctx, {
    name: 'identity.apiToken.revoked',
    entityType: 'api_token',
    entityId: token.id,
    changes: { revoked: { from: false, to: true } },
  })
  await announceIdentityChange(ctx.trx, { kind: 'api_token', id: token.id })
}
