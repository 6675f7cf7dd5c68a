import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { NUMBERING_PLANS, normalizePhone, PHONE_COUNTRIES } from './phone-number.js'

describe('normalizePhone', () => {
  it.each([
    ['601 234 567', 'PL', '+48601234567'],
    ['601-234-567', 'PL', '+48601234567'],
    ['+48 601 234 567', 'DE', '+48601234567'],
    ['0048601234567', 'DE', '+48601234567'],
    ['48601234567', 'PL', '+48601234567'],
    // A Radom landline starts with 48 and is still a 9-digit national number.
    ['48 123 45 67', 'PL', '+48481234567'],
    ['0151 2345 6789', 'DE', '+4915123456789'],
    ['030 1234567', 'DE', '+49301234567'],
    ['+49 (0)30 1234567', 'PL', '+49301234567'],
    ['0049 (0)30 1234567', 'PL', '+49301234567'],
    ['603 123 456', 'CZ', '+420603123456'],
    ['+420 603 123 456', 'PL', '+420603123456'],
    ['0905 123 456', 'SK', '+421905123456'],
    ['0721 234 567', 'RO', '+40721234567'],
    ['06 30 123 4567', 'HU', '+36301234567'],
    ['06 1 234 5678', 'HU', '+3612345678'],
    ['0888 123 456', 'BG', '+359888123456'],
    ['02 123 4567', 'BG', '+35921234567'],
    ['07700 900123', 'GB', '+447700900123'],
    ['+44 (0)20 7946 0000', 'PL', '+442079460000'],
    ['+33 6 12 34 56 78', 'PL', '+33612345678'],
  ] as const)('%s in %s → %s', (raw, country, expected) => {
    expect(normalizePhone(raw, country)).toBe(expected)
  })

  it.each([
    ['60123456', 'PL'],
    ['6012345678', 'PL'],
    ['0601234567', 'PL'],
    ['601 234 567 ext. 12', 'PL'],
    ['tel. 601234567', 'PL'],
    ['+48 60123456', 'PL'],
    ['+0048601234567', 'PL'],
    ['+1234', 'PL'],
    ['+1234567890123456', 'PL'],
    ['', 'PL'],
    ['00 000', 'DE'],
    ['0905 123 45', 'SK'],
  ] as const)('rejects %s in %s', (raw, country) => {
    expect(normalizePhone(raw, country)).toBeNull()
  })

  it('gives every supported country the same number written nationally and internationally', () => {
    const national = fc.constantFrom(...PHONE_COUNTRIES).chain((country) => {
      const plan = NUMBERING_PLANS[country]
      return fc
        .tuple(
          fc.integer({ min: 1, max: 9 }),
          fc.array(fc.integer({ min: 0, max: 9 }), {
            minLength: plan.minLength - 1,
            maxLength: plan.maxLength - 1,
          }),
        )
        .map(([first, rest]) => ({ country, plan, nsn: `${first}${rest.join('')}` }))
    })
    fc.assert(
      fc.property(national, ({ country, plan, nsn }) => {
        const e164 = `+${plan.callingCode}${nsn}`
        expect(normalizePhone(`${plan.trunkPrefix}${nsn}`, country)).toBe(e164)
        expect(normalizePhone(e164, country)).toBe(e164)
        expect(normalizePhone(`00${plan.callingCode} ${nsn}`, 'PL')).toBe(e164)
        // Normalising the result again changes nothing.
        expect(normalizePhone(e164, 'GB')).toBe(e164)
      }),
    )
  })
})
