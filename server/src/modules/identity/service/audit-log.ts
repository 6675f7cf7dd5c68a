import type { ServiceContext } from '../../../platform/context.js'

/** One page of the workspace's audit log, newest first; `before` is the last id of the previous page. */
export async function listAuditLog(ctx: ServiceContext, page: { limit: number; before?: string }) {
  let query = ctx.trx
    .selectFrom('domainEvents')
    .select([
      'id',
      'name',
      'entityType',
      'entityId',
      'actorType',
      'actorId',
      'actorLabel',
      'ip',
      'changes',
      'createdAt',
    ])
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
  if (page.before) query = query.where('id', '<', page.before)
  const rows = await query.execute()
  const items = rows.slice(0, page.limit).map((row) => ({
    id: String(row.id),
    name: row.name,
    entityType: row.entityType,
    entityId: row.entityId,
    actor: { type: row.actorType, id: row.actorId, label: row.actorLabel },
    ip: row.ip,
    changes: row.changes,
    createdAt: row.createdAt,
  }))
  const nextBefore = rows.length > page.limit ? (items.at(-1)?.id ?? null) : null
  return { items, nextBefore }
}
