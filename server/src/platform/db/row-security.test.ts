import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { modules } from '../../modules/registry.js'
import { buildUser } from '../../test/factories.js'
import { createTestRuntime } from '../../test/test-runtime.js'
import { allMigrations, type Runtime } from '../runtime.js'
import { type Migration, runMigrations } from './migrations.js'

let runtime: Runtime
beforeAll(async () => {
  runtime = await createTestRuntime()
})
afterAll(() => runtime.close())

const system = { type: 'system' as const, id: null, label: 'test' }

describe('row-level security', () => {
  it('runs workspace transactions as a role that is no superuser, has no BYPASSRLS and owns nothing', async () => {
    const user = await buildUser(runtime)
    const role = await runtime.inWorkspace(
      { workspaceId: user.workspaceId, actor: system },
      async (ctx) => {
        const result = await sql<{ user: string; super: boolean; bypass: boolean; owns: number }>`
        select current_user as user, r.rolsuper as super, r.rolbypassrls as bypass,
               (select count(*)::int from pg_class c where c.relowner = r.oid) as owns
          from pg_roles r where r.rolname = current_user`.execute(ctx.trx)
        return result.rows[0]
      },
    )
    expect(role).toEqual({ user: runtime.database.appRole, super: false, bypass: false, owns: 0 })
  })

  it('hides and protects other workspaces’ rows even from a query that forgets to filter', async () => {
    const a = await buildUser(runtime)
    const b = await buildUser(runtime)
    await runtime.inWorkspace({ workspaceId: b.workspaceId, actor: system }, async (ctx) => {
      const workspaces = await ctx.trx.selectFrom('workspaces').select('id').execute()
      expect(workspaces.map((w) => w.id)).toEqual([b.workspaceId])
      const members = await ctx.trx.selectFrom('memberships').select('userId').execute()
      expect(members.map((m) => m.userId)).toEqual([b.userId])
      const users = await ctx.trx.selectFrom('users').select('id').execute()
      expect(users.map((u) => u.id)).toEqual([b.userId])
      const updated = await ctx.trx
        .updateTable('workspaces')
        .set({ name: 'hijacked' })
        .where('id', '=', a.workspaceId)
        .execute()
      expect(Number(updated[0]?.numUpdatedRows)).toBe(0)
      const events = await ctx.trx
        .selectFrom('domainEvents')
        .select('workspaceId')
        .distinct()
        .execute()
      expect(events.map((e) => e.workspaceId)).toEqual([b.workspaceId])
    })
    await expect(
      runtime.inWorkspace({ workspaceId: b.workspaceId, actor: system }, (ctx) =>
        ctx.trx
          .insertInto('memberships')
          .values({ workspaceId: a.workspaceId, userId: b.userId, role: 'owner' })
          .execute(),
      ),
    ).rejects.toThrow(/row-level security/)
  })

  it('denies the app role sessions and the login throttle, and audit rows cannot be altered', async () => {
    const a = await buildUser(runtime)
    const scope = { workspaceId: a.workspaceId, actor: system }
    await expect(
      runtime.inWorkspace(scope, (ctx) => ctx.trx.selectFrom('sessions').selectAll().execute()),
    ).rejects.toThrow(/permission denied/)
    await expect(
      runtime.inWorkspace(scope, (ctx) => ctx.trx.deleteFrom('domainEvents').execute()),
    ).rejects.toThrow(/permission denied/)
  })

  it('restores the connection’s own role after commit and rollback', async () => {
    const a = await buildUser(runtime)
    await runtime.inWorkspace({ workspaceId: a.workspaceId, actor: system }, async () => {})
    await runtime
      .inWorkspace({ workspaceId: a.workspaceId, actor: system }, async () => {
        throw new Error('roll back')
      })
      .catch(() => {})
    for (let i = 0; i < 5; i++) {
      const { rows } = await sql<{
        user: string
        ws: string | null
      }>`select current_user as user, current_setting('app.workspace_id', true) as ws`.execute(
        runtime.database.db,
      )
      expect(rows[0]!.user).not.toBe(runtime.database.appRole)
      expect(rows[0]!.ws || null).toBeNull()
    }
  })
})

describe('migrations', () => {
  it('are safe to run again, also concurrently', async () => {
    const migrations = allMigrations(modules, runtime.database.appRole)
    const [first, second] = await Promise.all([
      runMigrations(runtime.database.db, migrations),
      runMigrations(runtime.database.db, migrations),
    ])
    expect(first).toEqual([])
    expect(second).toEqual([])
    const { rows } = await sql<{
      count: number
    }>`select count(*)::int as count from aftersale_migrations`.execute(runtime.database.db)
    expect(rows[0]!.count).toBe(migrations.length)
  })

  it('roll back a failing migration as a whole and refuse duplicate ids', async () => {
    const broken: Migration = {
      id: `test/${Date.now()}-broken`,
      async up(trx) {
        await sql`create table migration_probe (id int)`.execute(trx)
        await sql`select * from no_such_table`.execute(trx)
      },
    }
    await expect(runMigrations(runtime.database.db, [broken])).rejects.toThrow(/no_such_table/)
    const { rows } = await sql`select to_regclass('migration_probe') as t`.execute(
      runtime.database.db,
    )
    expect((rows[0] as { t: unknown }).t).toBeNull()
    await expect(runMigrations(runtime.database.db, [broken, broken])).rejects.toThrow(
      /Duplicate migration id/,
    )
  })
})
