import { sql } from 'kysely'
import type { CustomerDataProvider } from '../../../platform/module.js'

/**
 * The orders module's part of GDPR requests and customer merges. Invoiced orders stay whole:
 * accounting records must be kept for 5 years (Ordynacja podatkowa art. 86 § 1, Ustawa o
 * rachunkowości art. 74); other orders keep amounts and items but lose the buyer's details.
 */
export const ordersCustomerData: CustomerDataProvider = {
  async export(ctx, customerId) {
    const orders = await ctx.trx
      .selectFrom('orders')
      .selectAll()
      .where('customerId', '=', customerId)
      .orderBy('placedAt')
      .execute()
    const items = orders.length
      ? await ctx.trx
          .selectFrom('orderItems')
          .select(['orderId', 'name', 'sku', 'quantity', 'unitPriceMinor'])
          .where(
            'orderId',
            'in',
            orders.map((o) => o.id),
          )
          .execute()
      : []
    return {
      orders: orders.map(({ trackingToken: _t, workspaceId: _w, ...o }) => ({
        ...o,
        items: items.filter((i) => i.orderId === o.id).map(({ orderId: _o, ...i }) => i),
      })),
    }
  },
  async legalHolds(ctx, customerId) {
    const invoiced = await ctx.trx
      .selectFrom('orders')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('customerId', '=', customerId)
      .where('invoiceNumber', 'is not', null)
      .executeTakeFirstOrThrow()
    return invoiced.n > 0
      ? [`${invoiced.n} invoiced order(s) kept for 5 years (Ordynacja podatkowa art. 86 § 1)`]
      : []
  },
  async erase(ctx, customerId) {
    const holds = await this.legalHolds?.(ctx, customerId)
    await ctx.trx
      .updateTable('orders')
      .set({
        buyerName: null,
        buyerEmail: null,
        buyerPhone: null,
        buyerLogin: null,
        shippingAddress: null,
        billingAddress: null,
      })
      .where('customerId', '=', customerId)
      .where('invoiceNumber', 'is', null)
      .execute()
    await ctx.trx
      .updateTable('orderNotifications')
      .set({ recipient: 'erased' })
      .where('orderId', 'in', (eb) =>
        eb.selectFrom('orders').select('id').where('customerId', '=', customerId),
      )
      .execute()
    return { kept: holds ?? [] }
  },
  async reassign(ctx, fromId, toId) {
    const rows = await ctx.trx
      .updateTable('orders')
      .set({ customerId: toId })
      .where('customerId', '=', fromId)
      .returning('id')
      .execute()
    return rows.map((r) => r.id)
  },
  async restore(ctx, fromId, ids) {
    if (ids.length === 0) return
    await ctx.trx.updateTable('orders').set({ customerId: fromId }).where('id', 'in', ids).execute()
  },
}
