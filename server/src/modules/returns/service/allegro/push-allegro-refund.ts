import { systemActor } from '../../../../platform/context.js'
import type { Runtime } from '../../../../platform/runtime.js'
import { AllegroApiError, withAllegroClient } from '../../../channels/index.js'
import { getCheckoutForm } from '../../../orders/index.js'
import { allegroRefundRequest } from '../../sources/allegro/allegro-refund-request.js'
import { createRefund, createRefundClaim } from '../../sources/allegro/allegro-refunds-api.js'
import { queueCaseMail } from '../case-mail-queue.js'
import { announceCaseChange } from '../case-signal.js'

/**
 * Asks Allegro to refund the buyer (POST /payments/refunds, idempotent by the refund row's id as
 * commandId) and, for returned goods, to refund the sale commission (POST /order/refund-claims);
 * records the outcome on the refund and resolves the case once nothing remains due. A refusal
 * (4xx) marks the refund failed for an agent to see; other failures are retried by the job.
 */
export async function pushAllegroRefund(
  runtime: Runtime,
  workspaceId: string,
  refundId: string,
): Promise<void> {
  const scope = { workspaceId, actor: systemActor('Allegro refunds') }
  const loaded = await runtime.inWorkspace(scope, async (ctx) => {
    const refund = await ctx.trx
      .selectFrom('returnRefunds as r')
      .innerJoin('returnCases as c', 'c.id', 'r.caseId')
      .innerJoin('orders as o', 'o.id', 'c.orderId')
      .select([
        'r.id',
        'r.status',
        'r.amountMinor',
        'r.currency',
        'r.caseId',
        'c.kind',
        'o.externalId as checkoutFormId',
        'o.channelAccountId',
        'o.shippingMinor',
      ])
      .where('r.id', '=', refundId)
      .executeTakeFirst()
    if (refund?.status !== 'requested' || !refund.channelAccountId) return null
    const lines = await ctx.trx
      .selectFrom('returnCaseItems as i')
      .innerJoin('orderItems as oi', 'oi.id', 'i.orderItemId')
      .select(['oi.externalId', 'i.quantity', 'i.unitPriceMinor'])
      .where('i.caseId', '=', refund.caseId)
      .where('i.eligible', '=', true)
      .execute()
    return { refund, lines, accountId: refund.channelAccountId }
  })
  if (!loaded) return
  const { refund, lines } = loaded
  const refundLines = lines.flatMap((line) =>
    line.externalId
      ? [
          {
            lineItemId: line.externalId,
            quantity: line.quantity,
            unitPriceMinor: Number(line.unitPriceMinor),
          },
        ]
      : [],
  )
  try {
    const outcome = await withAllegroClient(runtime, scope, loaded.accountId, async (client) => {
      const form = await getCheckoutForm(client, refund.checkoutFormId)
      if (!form.payment?.id) throw new Error('The Allegro order has no payment to refund')
      const request = allegroRefundRequest({
        paymentId: form.payment.id,
        orderId: refund.checkoutFormId,
        reason: refund.kind === 'complaint' ? 'COMPLAINT' : 'REFUND',
        lines: refundLines,
        shippingMinor: Number(refund.shippingMinor),
        amountMinor: Number(refund.amountMinor),
        currency: refund.currency,
      })
      const made = await createRefund(client, request, refund.id)
      const claims: string[] = []
      if (refund.kind === 'withdrawal')
        for (const item of request.lineItems ?? []) {
          if (item.type !== 'QUANTITY') continue
          const offerId = form.lineItems.find((line) => line.id === item.id)?.offer.id
          if (offerId)
            claims.push(
              (
                await createRefundClaim(client, {
                  lineItemId: item.id,
                  offerId,
                  quantity: item.quantity,
                })
              ).id,
            )
        }
      return { refundExternalId: made.id, claims }
    })
    await runtime.inWorkspace(scope, async (ctx) => {
      const now = new Date()
      // Only the run that moves the refund out of `requested` books it: a second worker running
      // the same job (Allegro answered it the same refund, by commandId) adds nothing.
      const booked = await ctx.trx
        .updateTable('returnRefunds')
        .set({
          status: 'done',
          doneAt: now,
          externalId: outcome.refundExternalId,
          commissionClaimId: outcome.claims.join(',') || null,
          commissionStatus: outcome.claims.length > 0 ? 'IN_PROGRESS' : null,
          error: null,
        })
        .where('id', '=', refund.id)
        .where('status', '=', 'requested')
        .returning('id')
        .executeTakeFirst()
      if (!booked) return
      const updated = await ctx.trx
        .updateTable('returnCases')
        .set((eb) => ({
          refundedMinor: eb('refundedMinor', '+', Number(refund.amountMinor)),
          updatedAt: now,
        }))
        .where('id', '=', refund.caseId)
        .returning(['refundedMinor', 'refundDueMinor', 'status'])
        .executeTakeFirstOrThrow()
      if (
        Number(updated.refundedMinor) >= Number(updated.refundDueMinor) &&
        updated.status === 'accepted'
      )
        await ctx.trx
          .updateTable('returnCases')
          .set({ status: 'resolved' })
          .where('id', '=', refund.caseId)
          .execute()
      await ctx.trx
        .insertInto('returnCaseEvents')
        .values({
          workspaceId,
          caseId: refund.caseId,
          action: 'refund_done',
          actorType: 'marketplace',
          detail: JSON.stringify({
            refundId: refund.id,
            allegroRefundId: outcome.refundExternalId,
            claims: outcome.claims,
          }),
        })
        .execute()
      await queueCaseMail(ctx, refund.caseId, 'refunded', refund.id)
      await announceCaseChange(ctx, refund.caseId)
    })
  } catch (error) {
    if (
      !(
        error instanceof AllegroApiError &&
        error.status >= 400 &&
        error.status < 500 &&
        error.status !== 429
      )
    )
      throw error
    await runtime.inWorkspace(scope, async (ctx) => {
      await ctx.trx
        .updateTable('returnRefunds')
        .set((eb) => ({ status: 'failed', error: error.message, attempts: eb('attempts', '+', 1) }))
        .where('id', '=', refund.id)
        .where('status', '=', 'requested')
        .execute()
      await announceCaseChange(ctx, refund.caseId)
    })
  }
}
