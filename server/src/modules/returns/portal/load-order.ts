import { jsonArrayFrom } from 'kysely/helpers/postgres'
import type { ServiceContext } from '../../../platform/context.js'
import type { OrderStatus, ProductFlag } from '../../orders/index.js'
import type { PortalBranding } from './pages/portal-frame.js'
import type { ExistingCase, OrderLine } from './pages/selection-page.js'

/** An order as the portal needs it; the buyer's e-mail is read to mask it, never shown whole. */
export interface PortalOrder {
  id: string
  number: string
  status: OrderStatus
  locale: string | null
  buyerEmail: string | null
  items: OrderLine[]
  branding: PortalBranding
  portalEnabled: boolean
  cases: ExistingCase[]
}

const CLOSED: readonly OrderStatus[] = ['cancelled_by_buyer', 'cancelled_by_seller']

/** Whether anything of the order can be sent back (a cancelled order delivered nothing). */
export const isReturnable = (order: Pick<PortalOrder, 'status'>) => !CLOSED.includes(order.status)

/** Loads the order behind a tracking token with its lines, the seller's look and its portal cases. */
export async function loadPortalOrder(
  ctx: ServiceContext,
  token: string,
): Promise<PortalOrder | null> {
  const row = await ctx.trx
    .selectFrom('orders as o')
    .leftJoin('orderSettings as s', 's.workspaceId', 'o.workspaceId')
    .leftJoin('returnSettings as r', 'r.workspaceId', 'o.workspaceId')
    .select(['o.id', 'o.number', 'o.status', 'o.locale', 'o.buyerEmail'])
    .select(['s.shopName', 's.accentColor', 's.logoUrl', 'r.portalEnabled'])
    .select((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom('orderItems as i')
          .select(['i.id', 'i.name', 'i.quantity', 'i.flags'])
          .whereRef('i.orderId', '=', 'o.id')
          .orderBy('i.lineNo'),
      ).as('items'),
      jsonArrayFrom(
        eb
          .selectFrom('returnCases as c')
          .select(['c.number', 'c.portalToken', 'c.kind', 'c.status'])
          .whereRef('c.orderId', '=', 'o.id')
          .where('c.source', '=', 'portal')
          .orderBy('c.createdAt', 'desc')
          .limit(20),
      ).as('cases'),
    ])
    .where('o.trackingToken', '=', token)
    .executeTakeFirst()
  if (!row) return null
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    locale: row.locale,
    buyerEmail: row.buyerEmail,
    items: row.items.map((i) => ({
      id: i.id,
      name: i.name,
      quantity: i.quantity,
      flags: (i.flags ?? []) as ProductFlag[],
    })),
    branding: { shopName: row.shopName, accentColor: row.accentColor, logoUrl: row.logoUrl },
    portalEnabled: row.portalEnabled ?? true,
    cases: row.cases,
  }
}
