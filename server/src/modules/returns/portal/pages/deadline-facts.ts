import type { TrackingLanguage } from '../../../orders/index.js'
import type { CaseEvaluation, CaseKind } from '../../rules/types.js'
import { formatCivilDate } from '../rules/portal-dates.js'
import { portalStrings } from '../rules/portal-strings.js'

/**
 * The deadlines that bind the customer and the seller, as sentences: for a withdrawal when to
 * send the goods (art. 34) and the refund (art. 32); for a complaint the seller's answer date and
 * that silence past it means acceptance (art. 7a).
 */
export function deadlineFacts(
  kind: CaseKind,
  dates: Pick<CaseEvaluation, 'returnGoodsBy' | 'refundBy' | 'respondBy' | 'deemedAcceptedOn'>,
  language: TrackingLanguage,
): string[] {
  const strings = portalStrings(language)
  const day = (date: string) => formatCivilDate(date, language)
  if (kind === 'withdrawal')
    return [
      dates.returnGoodsBy ? strings.returnGoodsBy(day(dates.returnGoodsBy)) : null,
      dates.refundBy ? strings.refundBy(day(dates.refundBy)) : null,
    ].filter((s): s is string => s !== null)
  return [
    dates.respondBy ? strings.respondBy(day(dates.respondBy)) : null,
    dates.respondBy ? strings.deemedAccepted(day(dates.respondBy)) : null,
  ].filter((s): s is string => s !== null)
}
