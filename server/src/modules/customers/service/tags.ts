import type { ServiceContext } from '../../../platform/context.js'

/** A tag shared by conversations and customers. */
export interface Tag {
  id: string
  name: string
  color: string
}

/** Every tag of the workspace, by name. */
export async function listTags(ctx: ServiceContext): Promise<Tag[]> {
  return ctx.trx.selectFrom('tags').select(['id', 'name', 'color']).orderBy('name').execute()
}

/** Ids of the named tags, creating the missing ones (names compare case-insensitively). */
export async function ensureTags(ctx: ServiceContext, names: string[]): Promise<Tag[]> {
  const unique = [...new Set(names.map((n) => n.trim()).filter(Boolean))]
  if (unique.length === 0) return []
  await ctx.trx
    .insertInto('tags')
    .values(unique.map((name) => ({ workspaceId: ctx.workspaceId, name, color: colorOf(name) })))
    .onConflict((oc) => oc.columns(['workspaceId', 'name']).doNothing())
    .execute()
  return ctx.trx
    .selectFrom('tags')
    .select(['id', 'name', 'color'])
    .where('name', 'in', unique)
    .orderBy('name')
    .execute()
}

const COLORS = [
  'blue',
  'teal',
  'grape',
  'orange',
  'pink',
  'lime',
  'cyan',
  'violet',
  'red',
  'yellow',
]

/** A stable colour per tag name so a new tag looks the same everywhere. */
function colorOf(name: string): string {
  let hash = 0
  for (const c of name.toLowerCase()) hash = (hash * 31 + c.charCodeAt(0)) >>> 0
  return COLORS[hash % COLORS.length] ?? 'gray'
}
