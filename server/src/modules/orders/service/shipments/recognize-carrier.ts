import type { CarrierCode } from '../../contract.js'
import { recognizeCarriers } from '../../rules/carriers/index.js'

// Below this the number fits several carriers' formats equally well: better no guess than a wrong link.
const CONFIDENT = 0.6

/** The carrier a tracking number most likely belongs to, or null when the format is ambiguous. */
export function recognizeCarrier(trackingNumber: string): CarrierCode | null {
  const [best, second] = recognizeCarriers(trackingNumber)
  if (!best || best.confidence < CONFIDENT) return null
  if (second && second.confidence >= best.confidence) return null
  return best.carrier
}
