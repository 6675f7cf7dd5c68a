import type { CarrierCode } from '../../contract.js'

/** One carrier a tracking number may belong to, with how sure the rules are and why. */
export interface CarrierMatch {
  carrier: CarrierCode
  /** 0..1: near 1 for a verified checksum in a carrier-specific format, low for bare digits. */
  confidence: number
  reason: string
}
