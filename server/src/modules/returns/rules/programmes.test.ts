import { describe, expect, it } from 'vitest'
import { evaluateCase } from './evaluate-case.js'
import { aToZClaimDeadline, DEFAULT_PROGRAMMES, mergeProgramme } from './programmes.js'
import { sampleWithdrawal } from './sample-case-facts.js'

describe('marketplace programmes', () => {
  it('knows the marketplaces’ default windows', () => {
    expect(DEFAULT_PROGRAMMES.allegro.returnDays).toBe(14)
    expect(DEFAULT_PROGRAMMES.amazon.returnDays).toBe(30)
    expect(DEFAULT_PROGRAMMES.kaufland.returnDays).toBe(14)
    expect(DEFAULT_PROGRAMMES.emag.returnDays).toBe(14)
  })

  it('lets seller settings lengthen a programme but never shorten it', () => {
    expect(mergeProgramme(DEFAULT_PROGRAMMES.allegro, { returnDays: 30 }).returnDays).toBe(30)
    expect(mergeProgramme(DEFAULT_PROGRAMMES.amazon, { returnDays: 7 }).returnDays).toBe(30)
    expect(mergeProgramme({ name: 'shop', returnDays: 5 }, null).returnDays).toBe(14)
    expect(
      mergeProgramme(DEFAULT_PROGRAMMES.emag, { includesBusiness: true }).includesBusiness,
    ).toBe(true)
    const generous = { name: 'shop', returnDays: 30, includesBusiness: true }
    expect(mergeProgramme(generous, { includesBusiness: false }).includesBusiness).toBe(true)
  })

  it('applies a merged Allegro 30-day policy to a case', () => {
    const programme = mergeProgramme(DEFAULT_PROGRAMMES.allegro, { returnDays: 30 })
    const result = evaluateCase(sampleWithdrawal({ programme, requestedAt: '2026-12-02' }))
    expect(result).toMatchObject({ decision: 'accept', deadline: '2026-12-02' })
    expect(result.reasons).toEqual(['within_programme_period'])
  })

  it('gives the A-to-z claim window as 90 days after the latest estimated delivery', () => {
    expect(aToZClaimDeadline('2026-11-02')).toBe('2027-01-31')
    expect(aToZClaimDeadline('2024-12-01')).toBe('2025-03-01')
    expect(() => aToZClaimDeadline('2026-02-30')).toThrow(RangeError)
  })
})
