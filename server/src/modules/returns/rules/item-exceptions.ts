import type { CaseItemFacts, RefusalReason } from './types.js'

/** The art. 38 ust. 1 exception that removes the right of withdrawal for one item, or null (Ustawa o prawach konsumenta; Directive 2011/83/EU art. 16). */
export function withdrawalExceptionOf(item: CaseItemFacts): RefusalReason | null {
  const flags = item.flags
  if (flags.length === 0) return null
  // pkt 3: goods made to the consumer's specification or clearly personalised.
  if (flags.includes('personalized') || flags.includes('made_to_order')) {
    return 'exception_personalized'
  }
  // pkt 4: goods that deteriorate rapidly or have a short shelf life.
  if (flags.includes('perishable')) return 'exception_perishable'
  // pkt 5 and 9: sealed goods lose the right only once the consumer unseals them.
  if (item.unsealed === true) {
    if (flags.includes('sealed_hygiene')) return 'exception_sealed_hygiene'
    if (flags.includes('sealed_media')) return 'exception_sealed_media'
  }
  // pkt 10: newspapers, periodicals and magazines (except subscriptions, which we never sell).
  if (flags.includes('newspaper')) return 'exception_newspaper'
  // pkt 6: goods inseparably mixed with other items after delivery by their nature.
  if (flags.includes('mixed_after_delivery')) return 'exception_mixed'
  return null
}
