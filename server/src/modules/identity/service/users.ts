import type { Transaction } from 'kysely'
import { systemActor } from '../../../platform/context.js'
import { hashPassword } from '../../../platform/crypto/passwords.js'
import type { DatabaseSchema } from '../../../platform/db/schema.js'
import { recordEvent } from '../../../platform/events/record-event.js'
import type { Runtime } from '../../../platform/runtime.js'
import { announceIdentityChange } from '../identity-changes.js'
import type { Role } from '../rules/roles.js'
import { slugify } from '../rules/slug.js'

/** Input of `aftersale create-user`. */
export interface CreateUserInput {
  email: string
  password: string
  name?: string
  workspace: string
  role: Role
}

/** Creates (or updates) a user and their membership, creating the workspace by name when missing; returns ids. */
export async function createUserInWorkspace(
  runtime: Runtime,
  input: CreateUserInput,
): Promise<{
  userId: string
  workspaceId: string
  createdWorkspace: boolean
  createdUser: boolean
}> {
  const email = input.email.trim().toLowerCase()
  const passwordHash = await hashPassword(input.password)
  const { db } = runtime.database
  return db.transaction().execute(async (trx) => {
    let workspace = await trx
      .selectFrom('workspaces')
      .select('id')
      .where('name', '=', input.workspace)
      .orderBy('createdAt')
      .executeTakeFirst()
    const createdWorkspace = !workspace
    if (!workspace) {
      workspace = await trx
        .insertInto('workspaces')
        .values({ name: input.workspace, slug: await freeSlug(trx, slugify(input.workspace)) })
        .returning('id')
        .executeTakeFirstOrThrow()
    }
    const existing = await trx
      .selectFrom('users')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirst()
    const user = existing
      ? await trx
          .updateTable('users')
          .set({ passwordHash, updatedAt: new Date(), ...(input.name ? { name: input.name } : {}) })
          .where('id', '=', existing.id)
          .returning('id')
          .executeTakeFirstOrThrow()
      : await trx
          .insertInto('users')
          .values({ email, name: input.name ?? email.split('@')[0]!, passwordHash })
          .returning('id')
          .executeTakeFirstOrThrow()
    await trx
      .insertInto('memberships')
      .values({ workspaceId: workspace.id, userId: user.id, role: input.role })
      .onConflict((c) => c.columns(['workspaceId', 'userId']).doUpdateSet({ role: input.role }))
      .execute()
    const ctx = {
      trx,
      workspaceId: workspace.id,
      actor: systemActor('aftersale create-user'),
      ip: null,
      requestId: null,
      jobs: runtime.jobs,
    }
    if (createdWorkspace) {
      await recordEvent(ctx, {
        name: 'identity.workspace.created',
        entityType: 'workspace',
        entityId: workspace.id,
        changes: { name: { from: null, to: input.workspace } },
      })
    }
    await recordEvent(ctx, {
      name: existing ? 'identity.member.updated' : 'identity.user.created',
      entityType: 'user',
      entityId: user.id,
      changes: { email: { from: null, to: email }, role: { from: null, to: input.role } },
    })
    await announceIdentityChange(trx, { kind: 'user', id: user.id })
    return { userId: user.id, workspaceId: workspace.id, createdWorkspace, createdUser: !existing }
  })
}

async function freeSlug(trx: Transaction<DatabaseSchema>, base: string): Promise<string> {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`
    const taken = await trx
      .selectFrom('workspaces')
      .select('id')
      .where('slug', '=', slug)
      .executeTakeFirst()
    if (!taken) return slug
  }
}
