import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foldForComparison, nameSimilarity, nameTokens } from './person-name.js'
import { samePostCode, sameStreetAddress } from './postal-address.js'

describe('names', () => {
  it('folds diacritics, ł and ß', () => {
    expect(foldForComparison('Łukasz Żółw')).toBe('lukasz zolw')
    expect(foldForComparison('Jürgen Groß-Müller')).toBe('jurgen gross muller')
    expect(foldForComparison('Ștefan Țurcanu')).toBe('stefan turcanu')
    expect(foldForComparison('Dvořák Šťastný')).toBe('dvorak stastny')
  })

  it('drops titles and punctuation', () => {
    expect(nameTokens('Pani Anna Nowak')).toEqual(['anna', 'nowak'])
    expect(nameTokens('Kowalski, Jan')).toEqual(['kowalski', 'jan'])
  })

  it('ignores diacritics and word order', () => {
    expect(nameSimilarity('Łukasz Żółw', 'Lukasz Zolw')).toBe(1)
    expect(nameSimilarity('Kowalski Jan', 'jan KOWALSKI')).toBe(1)
  })

  it('keeps typos close and relatives apart', () => {
    const typo = nameSimilarity('Jan Kowalski', 'Jan Kowalsky')
    expect(typo).toBeGreaterThan(0.8)
    expect(typo).toBeLessThan(1)
    expect(nameSimilarity('Jan Kowalski', 'Anna Kowalska')).toBeLessThan(0.7)
    expect(nameSimilarity('Jan Kowalski', 'Piotr Nowak')).toBeLessThan(0.2)
    expect(nameSimilarity('', 'Jan Kowalski')).toBe(0)
  })

  it('is symmetric and within 0..1', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const ab = nameSimilarity(a, b)
        expect(ab).toBeCloseTo(nameSimilarity(b, a), 10)
        expect(ab).toBeGreaterThanOrEqual(0)
        expect(ab).toBeLessThanOrEqual(1)
      }),
    )
  })
})

describe('addresses', () => {
  const home = {
    street: 'ul. Długa 5 m. 3',
    postCode: '00-950',
    city: 'Warszawa',
    countryCode: 'PL',
  }

  it('treats street labels and flat markers as noise', () => {
    expect(
      sameStreetAddress(home, { street: 'Dluga 5/3', postCode: '00950', countryCode: 'pl' }),
    ).toBe(true)
    expect(
      sameStreetAddress(
        { street: 'Hauptstraße 1', postCode: '10115', countryCode: 'DE' },
        { street: 'Hauptstr. 1', postCode: '10115', countryCode: 'DE' },
      ),
    ).toBe(true)
  })

  it('tells neighbours and other flats apart', () => {
    expect(sameStreetAddress(home, { ...home, street: 'Długa 53' })).toBe(false)
    expect(sameStreetAddress(home, { ...home, street: 'Długa 5 m. 4' })).toBe(false)
    expect(sameStreetAddress(home, { ...home, postCode: '00-951' })).toBe(false)
    expect(sameStreetAddress(home, { ...home, countryCode: 'DE' })).toBe(false)
    expect(sameStreetAddress(home, { ...home, street: null })).toBe(false)
  })

  it('falls back to the city when neither address has a post code', () => {
    const a = { street: 'Długa 5', city: 'Łódź', countryCode: 'PL' }
    expect(sameStreetAddress(a, { street: 'Dluga 5', city: 'LODZ', countryCode: 'PL' })).toBe(true)
    expect(sameStreetAddress(a, { street: 'Długa 5', city: 'Kraków', countryCode: 'PL' })).toBe(
      false,
    )
    // One post code missing: not enough to call it the same door.
    expect(sameStreetAddress(a, { ...a, postCode: '90-001' })).toBe(false)
  })

  it('compares post codes within a country', () => {
    expect(samePostCode(home, { postCode: '00 950', countryCode: 'PL' })).toBe(true)
    expect(samePostCode(home, { postCode: '00950', countryCode: 'DE' })).toBe(false)
    expect(samePostCode({ countryCode: 'PL' }, { countryCode: 'PL' })).toBe(false)
  })
})
