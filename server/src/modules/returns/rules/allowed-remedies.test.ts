import { describe, expect, it } from 'vitest'
import { allowedRemedies, isRemedyAllowed } from './allowed-remedies.js'

const base = {
  regime: 'consumer_rights_2023' as const,
  repairOrReplacementFailed: false,
  material: false,
  sellerRefusedOrImpossible: false,
}

describe('allowedRemedies', () => {
  it('offers only repair or replacement first under the 2023 rules (art. 43d)', () => {
    expect(allowedRemedies(base)).toEqual(['repair', 'replacement'])
  })

  it('lets a material non-conformity go straight to price reduction or withdrawal (art. 43e ust. 1 pkt 4)', () => {
    expect(allowedRemedies({ ...base, material: true })).toEqual([
      'repair',
      'replacement',
      'price_reduction',
      'withdrawal',
    ])
  })

  it('allows price reduction but not withdrawal after a failed repair of an immaterial defect (art. 43e ust. 4)', () => {
    expect(allowedRemedies({ ...base, repairOrReplacementFailed: true })).toEqual([
      'price_reduction',
    ])
    expect(isRemedyAllowed('withdrawal', { ...base, repairOrReplacementFailed: true })).toBe(false)
  })

  it('allows withdrawal when the seller refuses and the defect is material', () => {
    expect(allowedRemedies({ ...base, sellerRefusedOrImpossible: true, material: true })).toEqual([
      'price_reduction',
      'withdrawal',
    ])
  })

  it('gives rękojmia all remedies at once, withdrawal only for a material defect (KC art. 560)', () => {
    expect(allowedRemedies({ ...base, regime: 'civil_code_warranty' })).toEqual([
      'repair',
      'replacement',
      'price_reduction',
    ])
    expect(allowedRemedies({ ...base, regime: 'civil_code_b2b', material: true })).toContain(
      'withdrawal',
    )
  })
})
