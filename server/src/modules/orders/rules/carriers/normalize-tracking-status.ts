import type { CarrierCode, TrackingStatus } from '../../contract.js'
import {
  DHL_STATUS_CODES,
  DPD_STATUS_CODES,
  GLS_STATUS_CODES,
  POLISH_EVENT_KEYWORDS,
  UPS_STATUS_TYPES,
} from './carrier-status-codes.js'
import { INPOST_STATUSES } from './inpost-statuses.js'

const foldPolish = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/ł/gi, 'l')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()

function fromPolishText(raw: string): TrackingStatus | null {
  const text = foldPolish(raw)
  return POLISH_EVENT_KEYWORDS.find(([pattern]) => pattern.test(text))?.[1] ?? null
}

/**
 * Reads a carrier's own status code as Aftersale's tracking status; null when the code is
 * unknown or says nothing (the raw code is always kept beside it). InPost: ShipX status names
 * ("ready_to_pickup"); DHL: Unified API statusCode; UPS: status type; DPD: Parcel Life Cycle
 * status; GLS: progress code; Poczta Polska and ORLEN Paczka: the Polish event description.
 */
export function normalizeTrackingStatus(
  carrier: CarrierCode,
  rawCode: string | null | undefined,
): TrackingStatus | null {
  const code = rawCode?.trim() ?? ''
  if (code === '') return null
  switch (carrier) {
    case 'inpost':
      return INPOST_STATUSES[code.toLowerCase()]?.[0] ?? null
    case 'dhl':
      return DHL_STATUS_CODES[code.toUpperCase()] ?? null
    case 'ups':
      return UPS_STATUS_TYPES[code.toUpperCase()] ?? null
    case 'dpd':
      return DPD_STATUS_CODES[code.toUpperCase()] ?? null
    case 'gls':
      return GLS_STATUS_CODES[code.toUpperCase()] ?? null
    case 'poczta_polska':
    case 'orlen_paczka':
      return fromPolishText(code)
  }
}
