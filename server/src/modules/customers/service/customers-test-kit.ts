import { randomUUID } from 'node:crypto'
import { type ServiceContext, systemActor } from '../../../platform/context.js'
import type { Runtime } from '../../../platform/runtime.js'
import { buildUser } from '../../../test/factories.js'

/** Test helper: a fresh workspace and a way to run service calls in it as the app role. */
export async function buildCustomerWorkspace(runtime: Runtime) {
  const user = await buildUser(runtime)
  const inWorkspace = <T>(work: (ctx: ServiceContext) => Promise<T>) =>
    runtime.inWorkspace(
      { workspaceId: user.workspaceId, actor: { type: 'user', id: user.userId, label: 'Anna' } },
      work,
    )
  const asSystem = <T>(work: (ctx: ServiceContext) => Promise<T>) =>
    runtime.inWorkspace({ workspaceId: user.workspaceId, actor: systemActor('test') }, work)
  return { workspaceId: user.workspaceId, userId: user.userId, inWorkspace, asSystem }
}

/** Test helper: inserts a customer with the given columns (JSON-encoding attributes). */
export async function insertCustomer(
  ctx: ServiceContext,
  fields: {
    name?: string | null
    email?: string | null
    phone?: string | null
    locale?: string | null
    attributes?: Record<string, string>
    identities?: { kind: string; externalId: string }[]
    createdAt?: Date
  } = {},
): Promise<string> {
  const { identities = [], attributes = {}, ...columns } = fields
  const row = await ctx.trx
    .insertInto('customers')
    .values({
      workspaceId: ctx.workspaceId,
      name: 'name' in fields ? (fields.name ?? null) : `Klient ${randomUUID().slice(0, 6)}`,
      email: columns.email ?? null,
      phone: columns.phone ?? null,
      locale: columns.locale ?? null,
      attributes: JSON.stringify(attributes),
      createdAt: columns.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  if (identities.length > 0)
    await ctx.trx
      .insertInto('customerIdentities')
      .values(identities.map((i) => ({ workspaceId: ctx.workspaceId, customerId: row.id, ...i })))
      .execute()
  return row.id
}
