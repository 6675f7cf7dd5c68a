import type { ServiceContext } from '../../../platform/context.js'

/** Someone who wrote to the workspace, as a channel names them. */
export interface CustomerReference {
  /** Identity within `kind` (e-mail address, Allegro login, widget visitor id). */
  externalId: string
  name: string | null
  email: string | null
}

/**
 * Finds or creates the customer behind each reference in a fixed number of queries: by the
 * channel identity first, then by e-mail (the same person writing from the widget and by mail).
 */
export async function resolveCustomers(
  ctx: ServiceContext,
  kind: string,
  references: CustomerReference[],
): Promise<Map<string, string>> {
  const unique = new Map(references.map((r) => [r.externalId, r]))
  const resolved = new Map<string, string>()
  if (unique.size === 0) return resolved
  const known = await ctx.trx
    .selectFrom('customerIdentities')
    .select(['externalId', 'customerId'])
    .where('kind', '=', kind)
    .where('externalId', 'in', [...unique.keys()])
    .execute()
  for (const row of known) resolved.set(row.externalId, row.customerId)
  const missing = [...unique.values()].filter((r) => !resolved.has(r.externalId))
  if (missing.length === 0) return resolved

  const emails = [...new Set(missing.flatMap((r) => (r.email ? [r.email.toLowerCase()] : [])))]
  const byEmail = new Map<string, string>()
  if (emails.length > 0) {
    const rows = await ctx.trx
      .selectFrom('customerSearch')
      .select(['id', 'email'])
      .where('email', 'in', emails)
      .orderBy('createdAt')
      .execute()
    for (const row of rows)
      if (row.email && !byEmail.has(row.email.toLowerCase()))
        byEmail.set(row.email.toLowerCase(), row.id)
  }
  const fresh = missing.filter((r) => !(r.email && byEmail.has(r.email.toLowerCase())))
  if (fresh.length > 0) {
    const created = await ctx.trx
      .insertInto('customers')
      .values(fresh.map((r) => ({ workspaceId: ctx.workspaceId, name: r.name, email: r.email })))
      .returning('id')
      .execute()
    fresh.forEach((r, i) => {
      const id = created[i]?.id as string
      if (r.email && !byEmail.has(r.email.toLowerCase())) byEmail.set(r.email.toLowerCase(), id)
      resolved.set(r.externalId, id)
    })
  }
  for (const r of missing)
    if (!resolved.has(r.externalId) && r.email)
      resolved.set(r.externalId, byEmail.get(r.email.toLowerCase()) as string)
  await ctx.trx
    .insertInto('customerIdentities')
    .values(
      missing.map((r) => ({
        workspaceId: ctx.workspaceId,
        customerId: resolved.get(r.externalId) as string,
        kind,
        externalId: r.externalId,
      })),
    )
    // Ingest of one account runs one batch at a time; this only guards a rare cross-channel race.
    .onConflict((oc) => oc.doNothing())
    .execute()
  return resolved
}
