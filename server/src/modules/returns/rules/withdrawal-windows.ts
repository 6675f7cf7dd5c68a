import { addMonths, parseDay } from './day-number.js'
import type { AcceptReason, CaseFacts } from './types.js'
import { shiftToWorkingDayNumber } from './working-days.js'

/** One window in which a withdrawal is accepted, and the reason code it admits a request with. */
export interface WithdrawalWindow {
  /** The last day (a day number) the buyer may act. */
  end: number
  admits: 'within_statutory_period' | 'within_seller_period' | 'within_programme_period'
}

/** The windows open to a buyer, narrowest first, and how the statutory one was lengthened. */
export interface WithdrawalWindows {
  windows: WithdrawalWindow[]
  extension: Extract<AcceptReason, 'extended_not_informed' | 'information_given_late'> | null
}

/** The statutory window's end and extension: 14 days from possession (art. 27), 12 months more when the buyer was not informed, or 14 days from late information (art. 29). */
function statutoryWindow(
  facts: Pick<CaseFacts, 'informedOfWithdrawalRight' | 'informedAt'>,
  start: number,
): { end: number; extension: WithdrawalWindows['extension'] } {
  const ordinaryEnd = shiftToWorkingDayNumber(start + 14)
  if (facts.informedOfWithdrawalRight) return { end: ordinaryEnd, extension: null }
  const extendedEnd = shiftToWorkingDayNumber(addMonths(start + 14, 12))
  const informedAt = facts.informedAt ? parseDay(facts.informedAt) : Number.NaN
  if (Number.isNaN(informedAt) || informedAt > extendedEnd) {
    return { end: extendedEnd, extension: 'extended_not_informed' }
  }
  // Information given early (before the 14 days ran out) never shortens the ordinary window.
  const lateEnd = shiftToWorkingDayNumber(informedAt + 14)
  return { end: Math.max(ordinaryEnd, lateEnd), extension: 'information_given_late' }
}

/** The withdrawal windows of a buyer who took possession on day `start`: the statute's (not for businesses), the seller's own and the marketplace programme's, each ending on a working day (KC art. 115); longer voluntary windows only add to the statute. */
export function withdrawalWindows(
  facts: Pick<
    CaseFacts,
    'buyer' | 'informedOfWithdrawalRight' | 'informedAt' | 'sellerReturnDays' | 'programme'
  >,
  start: number,
): WithdrawalWindows {
  const windows: WithdrawalWindow[] = []
  let extension: WithdrawalWindows['extension'] = null
  const business = facts.buyer === 'business'
  if (!business) {
    const statutory = statutoryWindow(facts, start)
    extension = statutory.extension
    windows.push({ end: statutory.end, admits: 'within_statutory_period' })
    const sellerDays = facts.sellerReturnDays ?? 0
    if (sellerDays > 14) {
      windows.push({
        end: shiftToWorkingDayNumber(start + sellerDays),
        admits: 'within_seller_period',
      })
    }
  }
  const programme = facts.programme
  if (programme && (business ? programme.includesBusiness === true : programme.returnDays > 14)) {
    // For a business the programme is the only window, so even a 14-day one counts.
    windows.push({
      end: shiftToWorkingDayNumber(start + Math.max(0, programme.returnDays)),
      admits: 'within_programme_period',
    })
  }
  // Stable: on equal ends the statute comes first, then the seller, then the programme.
  windows.sort((a, b) => a.end - b.end)
  return { windows, extension }
}
