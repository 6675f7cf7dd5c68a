import type { ServiceContext } from '../../../../platform/context.js'
import { type CustomerReference, resolveCustomers } from '../../../customers/index.js'
import type { NormalizedOrder } from '../../contract.js'

/** The identity an order's buyer is known by: the marketplace login first, then e-mail, then phone. */
export function buyerIdentity(order: NormalizedOrder): { kind: string; externalId: string } | null {
  const { buyer } = order
  if (buyer.login && (order.source === 'allegro' || order.source === 'amazon'))
    return { kind: order.source, externalId: buyer.login }
  if (buyer.login && order.source === 'shop') return { kind: 'shop', externalId: buyer.login }
  if (buyer.email) return { kind: 'email', externalId: buyer.email.trim().toLowerCase() }
  if (buyer.phone) return { kind: 'phone', externalId: buyer.phone.replace(/[^\d+]/g, '') }
  return null
}

/** Finds or creates each order's customer, a fixed number of queries per identity kind. */
export async function resolveOrderCustomers(
  ctx: ServiceContext,
  orders: NormalizedOrder[],
): Promise<(string | null)[]> {
  const byKind = new Map<string, CustomerReference[]>()
  const identities = orders.map(buyerIdentity)
  identities.forEach((identity, i) => {
    if (!identity) return
    const buyer = (orders[i] as NormalizedOrder).buyer
    const list = byKind.get(identity.kind) ?? []
    list.push({ externalId: identity.externalId, name: buyer.name, email: buyer.email })
    byKind.set(identity.kind, list)
  })
  const resolved = new Map<string, Map<string, string>>()
  for (const [kind, references] of byKind)
    resolved.set(kind, await resolveCustomers(ctx, kind, references))
  return identities.map((identity) =>
    identity ? (resolved.get(identity.kind)?.get(identity.externalId) ?? null) : null,
  )
}
