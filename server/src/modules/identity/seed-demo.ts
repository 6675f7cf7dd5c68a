import { randomInt } from 'node:crypto'
import { systemActor } from '../../platform/context.js'
import { hashPassword } from '../../platform/crypto/passwords.js'
import { digest, randomSecret } from '../../platform/crypto/secrets.js'
import { recordEvent } from '../../platform/events/record-event.js'
import type { DemoWorkspace } from '../../platform/module.js'
import type { Runtime } from '../../platform/runtime.js'
import type { Role } from './rules/roles.js'
import { createUserInWorkspace } from './service/users.js'

/** Name of the workspace `aftersale seed-demo` creates; seeding is skipped when it exists. */
export const DEMO_WORKSPACE = 'Kraina Kawy (demo)'
export const DEMO_OWNER_EMAIL = 'owner@demo.aftersale.local'

const TEAM: { email: string; name: string; role: Role; locale: 'pl' | 'en' }[] = [
  {
    email: 'anna.kowalska@demo.aftersale.local',
    name: 'Anna Kowalska',
    role: 'admin',
    locale: 'pl',
  },
  { email: 'piotr.nowak@demo.aftersale.local', name: 'Piotr Nowak', role: 'agent', locale: 'pl' },
  { email: 'emily.carter@demo.aftersale.local', name: 'Emily Carter', role: 'agent', locale: 'en' },
  {
    email: 'lukas.mueller@demo.aftersale.local',
    name: 'Lukas Müller',
    role: 'viewer',
    locale: 'en',
  },
]

/** A readable random password (no look-alike characters). */
export function generatePassword(length = 16): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789'
  return Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('')
}

/** Creates the demo workspace and its owner, or returns null when it already exists. */
export async function createDemoWorkspace(
  runtime: Runtime,
): Promise<{ demo: DemoWorkspace; ownerEmail: string; ownerPassword: string } | null> {
  const existing = await runtime.database.db
    .selectFrom('workspaces')
    .select('id')
    .where('name', '=', DEMO_WORKSPACE)
    .executeTakeFirst()
  if (existing) return null
  const ownerPassword = generatePassword()
  const owner = await createUserInWorkspace(runtime, {
    email: DEMO_OWNER_EMAIL,
    password: ownerPassword,
    name: 'Magdalena Wiśniewska',
    workspace: DEMO_WORKSPACE,
    role: 'owner',
  })
  const demo: DemoWorkspace = {
    workspaceId: owner.workspaceId,
    ownerId: owner.userId,
    members: [
      { id: owner.userId, email: DEMO_OWNER_EMAIL, name: 'Magdalena Wiśniewska', role: 'owner' },
    ],
  }
  return { demo, ownerEmail: DEMO_OWNER_EMAIL, ownerPassword }
}

/** Adds the demo team (Polish, English and German speakers), an integration token and a pending invitation. */
export async function seedIdentityDemo(runtime: Runtime, demo: DemoWorkspace): Promise<void> {
  const passwordHash = await hashPassword(generatePassword())
  await runtime.asSystem(
    { workspaceId: demo.workspaceId, actor: systemActor('seed-demo') },
    async (ctx) => {
      for (const person of TEAM) {
        const user = await ctx.trx
          .insertInto('users')
          .values({ email: person.email, name: person.name, locale: person.locale, passwordHash })
          .onConflict((c) => c.column('email').doUpdateSet({ name: person.name }))
          .returning('id')
          .executeTakeFirstOrThrow()
        await ctx.trx
          .insertInto('memberships')
          .values({ workspaceId: demo.workspaceId, userId: user.id, role: person.role })
          .onConflict((c) => c.columns(['workspaceId', 'userId']).doNothing())
          .execute()
        await recordEvent(ctx, {
          name: 'identity.member.added',
          entityType: 'user',
          entityId: user.id,
          changes: {
            email: { from: null, to: person.email },
            role: { from: null, to: person.role },
          },
        })
        demo.members.push({ id: user.id, ...person })
      }
      const ownerCtx = {
        ...ctx,
        actor: { type: 'user' as const, id: demo.ownerId, label: 'Magdalena Wiśniewska' },
      }
      const token = await ctx.trx
        .insertInto('apiTokens')
        .values({
          workspaceId: demo.workspaceId,
          name: 'Shop sync (WooCommerce)',
          prefix: 'as_demo0000',
          tokenHash: digest(randomSecret(32)),
          role: 'agent',
          createdBy: demo.ownerId,
          lastUsedAt: new Date(Date.now() - 3 * 3600_000),
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      await recordEvent(ownerCtx, {
        name: 'identity.apiToken.created',
        entityType: 'api_token',
        entityId: token.id,
        changes: {
          name: { from: null, to: 'Shop sync (WooCommerce)' },
          role: { from: null, to: 'agent' },
        },
      })
      const invitation = await ctx.trx
        .insertInto('invitations')
        .values({
          workspaceId: demo.workspaceId,
          email: 'katarzyna.zielinska@demo.aftersale.local',
          role: 'agent',
          tokenHash: digest(randomSecret(32)),
          invitedBy: demo.ownerId,
          expiresAt: new Date(Date.now() + 6 * 86_400_000),
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      await recordEvent(ownerCtx, {
        name: 'identity.invitation.created',
        entityType: 'invitation',
        entityId: invitation.id,
        changes: {
          email: { from: null, to: 'katarzyna.zielinska@demo.aftersale.local' },
          role: { from: null, to: 'agent' },
        },
      })
    },
  )
}
