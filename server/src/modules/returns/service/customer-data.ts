import { sql } from 'kysely'
import type { CustomerDataProvider } from '../../../platform/module.js'

const OPEN = ['new', 'awaiting_item', 'received', 'inspected', 'accepted'] as const

/**
 * The returns module's part of GDPR requests and customer merges. An open case is a legal hold:
 * the seller must still answer or refund (art. 7a, art. 32 Ustawa o prawach konsumenta) and may
 * need the record in a dispute; closed cases keep their dates and amounts but lose the buyer's
 * name, e-mail and words.
 */
export const returnsCustomerData: CustomerDataProvider = {
  async export(ctx, customerId) {
    const cases = await ctx.trx
      .selectFrom('returnCases')
      .select([
        'id',
        'number',
        'kind',
        'status',
        'reasonCode',
        'description',
        'requestedRemedy',
        'requestedAt',
        'deadline',
        'respondBy',
        'refundBy',
        'decision',
        'resolution',
        'refusalJustification',
        'refundDueMinor',
        'refundedMinor',
        'currency',
      ])
      .where('customerId', '=', customerId)
      .orderBy('requestedAt')
      .execute()
    const ids = cases.map((c) => c.id)
    const items = ids.length
      ? await ctx.trx
          .selectFrom('returnCaseItems')
          .select(['caseId', 'sku', 'name', 'quantity', 'condition'])
          .where('caseId', 'in', ids)
          .execute()
      : []
    return {
      returnCases: cases.map((c) => ({
        ...c,
        items: items.filter((i) => i.caseId === c.id).map(({ caseId: _c, ...i }) => i),
      })),
    }
  },
  async legalHolds(ctx, customerId) {
    const open = await ctx.trx
      .selectFrom('returnCases')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('customerId', '=', customerId)
      .where('status', 'in', [...OPEN])
      .executeTakeFirstOrThrow()
    return open.n > 0
      ? [`${open.n} open return or complaint case(s) still to be answered or refunded`]
      : []
  },
  async erase(ctx, customerId) {
    const holds = await this.legalHolds?.(ctx, customerId)
    const closed = ctx.trx
      .selectFrom('returnCases')
      .select('id')
      .where('customerId', '=', customerId)
      .where('status', 'not in', [...OPEN])
    await ctx.trx
      .updateTable('returnCaseMails')
      .set({ recipient: 'erased' })
      .where('caseId', 'in', closed)
      .execute()
    await ctx.trx
      .updateTable('returnCaseEvents')
      .set({ note: null })
      .where('caseId', 'in', closed)
      .execute()
    await ctx.trx
      .updateTable('returnCases')
      .set({ buyerName: null, buyerEmail: null, description: '', refusalJustification: null })
      .where('customerId', '=', customerId)
      .where('status', 'not in', [...OPEN])
      .execute()
    return { kept: holds ?? [] }
  },
  async reassign(ctx, fromId, toId) {
    const rows = await ctx.trx
      .updateTable('returnCases')
      .set({ customerId: toId })
      .where('customerId', '=', fromId)
      .returning('id')
      .execute()
    return rows.map((r) => r.id)
  },
  async restore(ctx, fromId, ids) {
    if (ids.length === 0) return
    await ctx.trx
      .updateTable('returnCases')
      .set({ customerId: fromId })
      .where('id', 'in', ids)
      .execute()
  },
}
