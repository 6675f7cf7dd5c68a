import { notFound } from '../../../platform/http/errors.js'
import type { Runtime } from '../../../platform/runtime.js'
import type { Principal } from '../principal.js'
import { type Role, workspaceAbilities } from '../rules/roles.js'
import { TaggedCache } from '../tagged-cache.js'

/** The caller's profile, current workspace and every workspace they may switch to. */
export interface Me {
  user: { id: string; email: string; name: string; locale: string | null }
  workspace: { id: string; name: string; slug: string; timezone: string; role: Role }
  workspaces: { id: string; name: string; slug: string; role: Role }[]
  abilities: ReturnType<typeof workspaceAbilities>
}

/** Loads `Me` in two queries, cached until an identity change touches the user or a workspace. */
export class ProfileLoader {
  readonly cache = new TaggedCache<Me>(10_000)

  constructor(private readonly runtime: Runtime) {}

  async load(principal: Principal): Promise<Me> {
    const key = `${principal.credentialId}:${principal.workspaceId}`
    const cached = this.cache.get(key)
    if (cached) return cached
    if (!principal.userId) throw notFound('The user behind this token')
    const { db } = this.runtime.database
    // The user's own memberships span workspaces, so this read runs outside workspace RLS.
    const [user, workspaces] = await Promise.all([
      db
        .selectFrom('users')
        .select(['id', 'email', 'name', 'locale'])
        .where('id', '=', principal.userId)
        .executeTakeFirst(),
      db
        .selectFrom('memberships as m')
        .innerJoin('workspaces as w', 'w.id', 'm.workspaceId')
        .select(['w.id', 'w.name', 'w.slug', 'w.timezone', 'm.role'])
        .where('m.userId', '=', principal.userId)
        .orderBy('w.name')
        .execute(),
    ])
    if (!user) throw notFound('The user')
    const current = workspaces.find((w) => w.id === principal.workspaceId)
    if (!current) throw notFound('The workspace')
    const visible = principal.kind === 'api_token' ? [current] : workspaces
    const me: Me = {
      user,
      workspace: { ...current, role: principal.role },
      workspaces: visible.map(({ id, name, slug, role }) => ({ id, name, slug, role })),
      abilities: workspaceAbilities(principal.role),
    }
    const tags = [
      `${principal.kind}:${principal.credentialId}`,
      `user:${user.id}`,
      ...workspaces.map((w) => `workspace:${w.id}`),
    ]
    this.cache.set(key, me, tags)
    return me
  }
}
