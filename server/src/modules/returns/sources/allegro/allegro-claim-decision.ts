import type { Resolution } from '../../tables.js'
import type { AllegroClaimDecision } from './allegro-returns-types.js'

const ACCEPTED: Partial<Record<Resolution, AllegroClaimDecision['status']>> = {
  repair: 'ACCEPTED_REPAIR',
  replacement: 'ACCEPTED_EXCHANGE',
  withdrawal: 'ACCEPTED_REFUND',
  price_reduction: 'ACCEPTED_PARTIAL_REFUND',
}

const minorToAmount = (minor: number) =>
  `${Math.trunc(minor / 100)}.${String(minor % 100).padStart(2, '0')}`

/**
 * The seller's answer to an Allegro claim (POST /sale/issues/{id}/status) for a decided case: the
 * accepted remedy (exchange = replacement, refund = withdrawal, partial refund = price reduction),
 * or the refusal's ground with the justification the buyer also gets; null when there is nothing
 * Allegro can record yet (an acceptance without a remedy).
 */
export function allegroClaimDecision(decided: {
  decision: 'accepted' | 'refused'
  resolution: Resolution | null
  refusalGrounds: readonly string[]
  justification: string | null
  refundDueMinor: number
  currency: string
}): AllegroClaimDecision | null {
  if (decided.decision === 'refused') {
    const status = decided.refusalGrounds.includes('damage_caused_by_buyer')
      ? 'REJECTED_PRODUCT_DAMAGED_BY_USER'
      : decided.refusalGrounds.includes('no_nonconformity')
        ? 'REJECTED_PRODUCT_CONFORMS_TO_CONTRACT'
        : 'REJECTED_OTHER'
    return { status, message: decided.justification?.trim() || 'Reklamacja nie została uznana.' }
  }
  const status = decided.resolution ? ACCEPTED[decided.resolution] : undefined
  if (!status) return null
  return {
    status,
    message: 'Uznajemy reklamację. Szczegóły przekażemy w wiadomości.',
    ...(status === 'ACCEPTED_PARTIAL_REFUND'
      ? {
          partialRefund: {
            amount: minorToAmount(decided.refundDueMinor),
            currency: decided.currency,
          },
        }
      : {}),
  }
}
