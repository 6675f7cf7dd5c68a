/** How one country writes phone numbers: its ITU-T E.164 code, trunk prefix and lengths. */
export interface NumberingPlan {
  /** Country calling code without "+", per ITU-T E.164 Annex to Operational Bulletin 1114. */
  callingCode: string
  /** What nationals dial before a domestic number (DE "0", HU "06"); null where there is none. */
  trunkPrefix: string | null
  /** Shortest and longest national significant number, digits. */
  nsnLength: readonly [number, number]
}

/**
 * Numbering plans of the sellers' and buyers' usual countries (the marketplaces' markets and
 * neighbours), from the national plans the ITU publishes. Lengths are ranges wide enough for
 * landlines and mobiles; this recognises well-formed numbers, not allocated ones.
 */
export const NUMBERING_PLANS = {
  PL: { callingCode: '48', trunkPrefix: null, nsnLength: [9, 9] },
  DE: { callingCode: '49', trunkPrefix: '0', nsnLength: [6, 13] },
  AT: { callingCode: '43', trunkPrefix: '0', nsnLength: [4, 13] },
  CH: { callingCode: '41', trunkPrefix: '0', nsnLength: [9, 9] },
  CZ: { callingCode: '420', trunkPrefix: null, nsnLength: [9, 9] },
  SK: { callingCode: '421', trunkPrefix: '0', nsnLength: [9, 9] },
  HU: { callingCode: '36', trunkPrefix: '06', nsnLength: [8, 9] },
  RO: { callingCode: '40', trunkPrefix: '0', nsnLength: [9, 9] },
  BG: { callingCode: '359', trunkPrefix: '0', nsnLength: [8, 9] },
  LT: { callingCode: '370', trunkPrefix: '8', nsnLength: [8, 8] },
  LV: { callingCode: '371', trunkPrefix: null, nsnLength: [8, 8] },
  EE: { callingCode: '372', trunkPrefix: null, nsnLength: [7, 8] },
  UA: { callingCode: '380', trunkPrefix: '0', nsnLength: [9, 9] },
  GB: { callingCode: '44', trunkPrefix: '0', nsnLength: [9, 10] },
  IE: { callingCode: '353', trunkPrefix: '0', nsnLength: [7, 9] },
  FR: { callingCode: '33', trunkPrefix: '0', nsnLength: [9, 9] },
  BE: { callingCode: '32', trunkPrefix: '0', nsnLength: [8, 9] },
  NL: { callingCode: '31', trunkPrefix: '0', nsnLength: [9, 9] },
  // Italy keeps the leading 0 of landlines after +39, so it has no trunk prefix to drop.
  IT: { callingCode: '39', trunkPrefix: null, nsnLength: [6, 11] },
  ES: { callingCode: '34', trunkPrefix: null, nsnLength: [9, 9] },
  DK: { callingCode: '45', trunkPrefix: null, nsnLength: [8, 8] },
  SE: { callingCode: '46', trunkPrefix: '0', nsnLength: [7, 9] },
  US: { callingCode: '1', trunkPrefix: '1', nsnLength: [10, 10] },
} as const satisfies Record<string, NumberingPlan>

/** A country whose national numbers `normalizePhoneNumber` can complete. */
export type PhoneCountry = keyof typeof NUMBERING_PLANS

const plans: NumberingPlan[] = Object.values(NUMBERING_PLANS)

/** The known plan whose calling code starts `digits` (calling codes are prefix-free). */
export function planForInternational(digits: string): NumberingPlan | null {
  return plans.find((plan) => digits.startsWith(plan.callingCode)) ?? null
}
