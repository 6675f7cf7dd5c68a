import { formatDay, parseDay } from './day-number.js'
import type { ReturnProgramme } from './types.js'

/** The marketplaces whose returns programmes Aftersale knows. */
export type MarketplaceProgrammeName = 'allegro' | 'amazon' | 'kaufland' | 'emag'

/**
 * The marketplaces' default return windows in days from delivery: Allegro's default is the
 * statutory 14 (sellers often set 30 in their return policy), Amazon's standard returns policy
 * is 30 days, Kaufland.pl's is 14, and eMAG Marketplace's is 14 (sellers may offer 30).
 */
export const DEFAULT_PROGRAMMES: Readonly<Record<MarketplaceProgrammeName, ReturnProgramme>> = {
  allegro: { name: 'allegro', returnDays: 14, includesBusiness: false },
  amazon: { name: 'amazon', returnDays: 30, includesBusiness: false },
  kaufland: { name: 'kaufland', returnDays: 14, includesBusiness: false },
  emag: { name: 'emag', returnDays: 14, includesBusiness: false },
}

/** A programme with the seller's settings laid over `base`, which can only lengthen the window or widen who it covers, never shorten (the statute and the marketplace's own terms are the floor). */
export function mergeProgramme(
  base: ReturnProgramme,
  settings: Partial<Omit<ReturnProgramme, 'name'>> | null | undefined,
): ReturnProgramme {
  const days = settings?.returnDays
  const longer = typeof days === 'number' && Number.isFinite(days) ? Math.floor(days) : 0
  return {
    name: base.name,
    returnDays: Math.max(14, base.returnDays, longer),
    includesBusiness: base.includesBusiness === true || settings?.includesBusiness === true,
  }
}

/** The last day a buyer may open an Amazon A-to-z Guarantee claim: 90 days after the latest estimated delivery date (Amazon A-to-z Guarantee conditions); throws for a malformed date. */
export function aToZClaimDeadline(latestEstimatedDelivery: string): string {
  const day = parseDay(latestEstimatedDelivery)
  if (Number.isNaN(day)) {
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): '${latestEstimatedDelivery}'`)
  }
  // A marketplace's own term, not a statutory period: it is not moved off weekends.
  return formatDay(day + 90)
}
