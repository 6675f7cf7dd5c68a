import type { CarrierMatch } from './carrier-match.js'
import { gs1CheckDigit, s10CheckDigit } from './check-digits.js'

/**
 * UPU S10 item numbers ("RR123456785PL": service indicator, 8-digit serial, check digit, ISO
 * country of the issuing post; UPU standard S10-12). PL items are Poczta Polska's own; foreign
 * ones reach Polish buyers through Poczta Polska, and Deutsche Post's (DE) show up at DHL.
 */
export function recognizeS10(number: string): CarrierMatch[] {
  const match = /^([A-Z]{2})(\d{8})(\d)([A-Z]{2})$/.exec(number)
  if (!match) return []
  const [serial, check, country] = [match[2]!, match[3]!, match[4]!]
  const expected = s10CheckDigit(serial)
  if (expected !== check) {
    const reason = `shaped like a UPU S10 number but its check digit ${check} should be ${expected}`
    return [{ carrier: 'poczta_polska', confidence: country === 'PL' ? 0.3 : 0.15, reason }]
  }
  if (country === 'PL') {
    const reason = 'UPU S10 number issued by Poczta Polska (country code PL), check digit valid'
    return [{ carrier: 'poczta_polska', confidence: 0.95, reason }]
  }
  const foreign: CarrierMatch[] = [
    {
      carrier: 'poczta_polska',
      confidence: 0.5,
      reason: `UPU S10 number of the ${country} post with a valid check digit; Poczta Polska delivers such items in Poland`,
    },
  ]
  if (country === 'DE') {
    const reason = 'UPU S10 number of Deutsche Post (DHL Group), which DHL tracking also shows'
    foreign.push({ carrier: 'dhl', confidence: 0.3, reason })
  }
  return foreign
}

/**
 * GS1 SSCC parcel identifiers: 18 digits, or 20 with the "00" application identifier as
 * Poczta Polska prints its domestic numbers (GS1 General Specifications §2.1.2). Company prefix
 * 590 is GS1 Poland's; DHL Parcel labels carry SSCCs too, so both carriers are offered.
 */
export function recognizeSscc(number: string): CarrierMatch[] {
  const sscc = /^00\d{18}$/.test(number) ? number.slice(2) : /^\d{18}$/.test(number) ? number : null
  if (!sscc) return []
  const withAi = sscc !== number
  const expected = gs1CheckDigit(sscc.slice(0, 17))
  if (expected !== sscc[17]) {
    if (!withAi) return []
    const reason = `20 digits starting 00 like a Poczta Polska SSCC, but the GS1 check digit should be ${expected}`
    return [{ carrier: 'poczta_polska', confidence: 0.2, reason }]
  }
  const polishPrefix = sscc.slice(1, 4) === '590'
  const base = withAi ? 0.6 : 0.4
  return [
    {
      carrier: 'poczta_polska',
      confidence: polishPrefix ? base + 0.2 : base,
      reason: `GS1 SSCC${withAi ? ' with application identifier 00' : ''} and a valid check digit${
        polishPrefix ? ', GS1 Poland company prefix 590' : ''
      }, as on Poczta Polska labels`,
    },
    {
      carrier: 'dhl',
      confidence: withAi ? 0.35 : 0.3,
      reason: 'GS1 SSCC with a valid check digit; DHL Parcel labels carry SSCCs as well',
    },
  ]
}
