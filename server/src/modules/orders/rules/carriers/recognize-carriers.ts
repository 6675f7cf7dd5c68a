import type { CarrierMatch } from './carrier-match.js'
import { normalizeTrackingNumber } from './normalize-tracking-number.js'
import {
  recognizeDhl,
  recognizeDpd,
  recognizeGls,
  recognizeInpost,
  recognizeOrlenPaczka,
  recognizeUps,
} from './recognize-courier-numbers.js'
import { recognizeS10, recognizeSscc } from './recognize-postal-numbers.js'

export type { CarrierMatch } from './carrier-match.js'

const RECOGNIZERS = [
  recognizeInpost,
  recognizeDpd,
  recognizeDhl,
  recognizeGls,
  recognizeUps,
  recognizeS10,
  recognizeSscc,
  recognizeOrlenPaczka,
]

/**
 * Every carrier a tracking number could belong to, best first, one entry per carrier (its most
 * confident reading). Input is normalised first: separators removed, letters upper-cased. An
 * empty list means no known format fits; plain digit strings that fit several carriers come
 * back as several low-confidence matches, each saying why.
 */
export function recognizeCarriers(trackingNumber: string): CarrierMatch[] {
  const number = normalizeTrackingNumber(trackingNumber)
  if (number === '') return []
  const best = new Map<string, CarrierMatch>()
  for (const recognize of RECOGNIZERS) {
    for (const match of recognize(number)) {
      const known = best.get(match.carrier)
      if (!known || match.confidence > known.confidence) best.set(match.carrier, match)
    }
  }
  return [...best.values()].sort((a, b) => b.confidence - a.confidence)
}
