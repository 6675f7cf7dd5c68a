import type { TFunction } from 'i18next'
import type { CaseEvent } from '../../../api/return-types'
import { formatMoney } from '../../orders/common/format-money'

function refundOf(
  detail: Record<string, unknown>,
): { totalMinor: number; currency: string } | null {
  const refund = detail.refund as { totalMinor?: unknown; currency?: unknown } | null | undefined
  return refund && typeof refund.totalMinor === 'number' && typeof refund.currency === 'string'
    ? { totalMinor: refund.totalMinor, currency: refund.currency }
    : null
}

/** A timeline entry's one-line gist from its detail: the money moved, the remedy, the grounds. */
export function eventSummary(event: CaseEvent, t: TFunction): string | null {
  const detail = event.detail ?? {}
  if (event.action === 'refuse' && Array.isArray(detail.grounds))
    return detail.grounds
      .map((g) =>
        t(`returns.reasonCodes.${String(g) as 'period_expired'}`, { defaultValue: String(g) }),
      )
      .join(' ')
  const refund = refundOf(detail)
  const remedy = typeof detail.remedy === 'string' ? detail.remedy : null
  if (event.action === 'accept' && remedy)
    return t(`returns.remedies.${remedy as 'repair'}`, { defaultValue: remedy })
  if ((event.action === 'refund' || event.action === 'accept') && refund)
    return formatMoney(refund.totalMinor, refund.currency)
  if (event.action === 'inspect' && Array.isArray(detail.items))
    return detail.items
      .map((line) => (line as { condition?: unknown }).condition)
      .filter((c): c is string => typeof c === 'string')
      .map((c) => t(`returns.conditions.${c as 'used'}`, { defaultValue: c }))
      .join(', ')
  return null
}
