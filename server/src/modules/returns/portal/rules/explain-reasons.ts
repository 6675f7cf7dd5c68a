import type { TrackingLanguage } from '../../../orders/index.js'
import { formatCivilDate } from './portal-dates.js'
import { portalStrings } from './portal-strings.js'
import { isExplainedReason } from './reason-codes.js'

/**
 * The engine's reason codes as sentences in the customer's language, each naming its statute
 * (Ustawa o prawach konsumenta art. 27, 29, 38, 43b); codes the portal does not know are left
 * out rather than shown raw.
 */
export function explainReasons(
  codes: readonly string[],
  deadline: string | null,
  language: TrackingLanguage,
): string[] {
  const strings = portalStrings(language)
  const dates = { deadline: deadline ? formatCivilDate(deadline, language) : null }
  return [...new Set(codes)].filter(isExplainedReason).map((code) => strings.explain[code](dates))
}

/** One item's refusal in words, or null when the item is eligible or the code is unknown. */
export function explainItemReason(
  reason: string | null,
  deadline: string | null,
  language: TrackingLanguage,
): string | null {
  if (!reason) return null
  return explainReasons([reason], deadline, language)[0] ?? null
}
