import type { ServiceContext } from '../../../platform/context.js'
import { formatMoney, loadOrderSettings } from '../../orders/index.js'
import { explainReasons } from '../portal/rules/explain-reasons.js'
import type { CaseMailData } from '../workflow/case-mails/mail-data.js'
import { renderCaseMail } from '../workflow/case-mails/render-case-mail.js'
import type { CaseMailKind } from '../workflow/case-state.js'
import { renderStaffMail, type StaffMailKind } from '../workflow/staff-mail.js'
import { loadReturnSettings } from './return-settings.js'

/** Renders a queued case e-mail from the case as it is now (so a retry never sends stale facts). */
export async function caseMailContent(
  ctx: ServiceContext,
  caseId: string,
  kind: CaseMailKind,
  publicUrl: string,
) {
  const row = await ctx.trx
    .selectFrom('returnCases as c')
    .leftJoin('orders as o', 'o.id', 'c.orderId')
    .select([
      'c.number',
      'c.kind',
      'c.language',
      'c.portalToken',
      'c.returnGoodsBy',
      'c.respondBy',
      'c.refundBy',
      'c.refusalGrounds',
      'c.refusalJustification',
      'c.resolution',
      'c.currency',
      'c.refundDueMinor',
      'c.deadline',
      'o.number as orderNumber',
    ])
    .where('c.id', '=', caseId)
    .executeTakeFirstOrThrow()
  const items = await ctx.trx
    .selectFrom('returnCaseItems')
    .select(['name', 'quantity'])
    .where('caseId', '=', caseId)
    .orderBy('position')
    .execute()
  const lastRefund = await ctx.trx
    .selectFrom('returnRefunds')
    .select(['amountMinor', 'currency'])
    .where('caseId', '=', caseId)
    .where('status', '=', 'done')
    .orderBy('doneAt', 'desc')
    .executeTakeFirst()
  const [orderSettings, settings] = [await loadOrderSettings(ctx), await loadReturnSettings(ctx)]
  const language = row.language
  const locale = { pl: 'pl-PL', en: 'en-GB', de: 'de-DE' }[language]
  const address = settings.returnAddress
  const due = Number(row.refundDueMinor)
  const data: CaseMailData = {
    kind,
    caseKind: row.kind,
    shopName: orderSettings.shopName ?? 'Aftersale',
    caseNumber: row.number,
    orderNumber: row.orderNumber,
    items: items.map((item) => (item.quantity > 1 ? `${item.name} × ${item.quantity}` : item.name)),
    statusUrl: `${publicUrl.replace(/\/$/, '')}/r/${row.portalToken}`,
    returnGoodsBy: row.returnGoodsBy,
    respondBy: row.respondBy,
    refundBy: row.refundBy,
    returnAddress: address
      ? `${address.name}, ${address.street}, ${address.postCode} ${address.city}, ${address.countryCode}`
      : null,
    instructions: settings.returnInstructions[language] ?? null,
    grounds: explainReasons(row.refusalGrounds, row.deadline, language),
    justification: row.refusalJustification,
    refundAmount:
      kind === 'refunded' && lastRefund
        ? formatMoney(Number(lastRefund.amountMinor), lastRefund.currency, locale)
        : due > 0
          ? formatMoney(due, row.currency, locale)
          : null,
    remedy: row.resolution,
  }
  return renderCaseMail(data, language)
}

/** Renders a deadline notice to staff from the case as it is now. */
export async function staffMailContent(
  ctx: ServiceContext,
  caseId: string,
  kind: StaffMailKind,
  publicUrl: string,
) {
  const row = await ctx.trx
    .selectFrom('returnCases')
    .select(['number', 'kind', 'decision', 'respondBy', 'refundBy'])
    .where('id', '=', caseId)
    .executeTakeFirstOrThrow()
  const answer =
    row.kind === 'complaint' && (row.decision === null || kind === 'staff_deemed_accepted')
  return renderStaffMail({
    kind,
    caseNumber: row.number,
    caseKind: row.kind,
    clock: answer ? 'answer' : 'refund',
    deadline: (answer ? row.respondBy : row.refundBy) ?? '',
    caseUrl: `${publicUrl.replace(/\/$/, '')}/returns/${caseId}`,
  })
}
