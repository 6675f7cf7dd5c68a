import { describe, expect, it } from 'vitest'
import { normalizePhoneNumber } from './phone-number.js'

describe('normalizePhoneNumber', () => {
  it('reads Polish numbers however buyers type them', () => {
    for (const raw of [
      '500600700',
      '500 600 700',
      '500-600-700',
      '+48 500 600 700',
      '0048500600700',
      '48500600700',
      ' (+48) 500.600.700 ',
    ]) {
      expect(normalizePhoneNumber(raw, 'PL'), raw).toBe('+48500600700')
    }
  })

  it('drops the trunk prefix of national numbers and the "(0)" of German ones', () => {
    expect(normalizePhoneNumber('0151 23456789', 'DE')).toBe('+4915123456789')
    expect(normalizePhoneNumber('+49 (0)151 23456789', 'DE')).toBe('+4915123456789')
    expect(normalizePhoneNumber('06 30 123 4567', 'HU')).toBe('+36301234567')
    expect(normalizePhoneNumber('0903 123 456', 'SK')).toBe('+421903123456')
    expect(normalizePhoneNumber('(212) 555-0100', 'US')).toBe('+12125550100')
    expect(normalizePhoneNumber('1-212-555-0100', 'US')).toBe('+12125550100')
  })

  it('keeps foreign numbers given internationally whatever the default country', () => {
    expect(normalizePhoneNumber('+420 601 123 456', 'PL')).toBe('+420601123456')
    expect(normalizePhoneNumber('+49 151 23456789', 'PL')).toBe('+4915123456789')
    // Outside the table: only E.164's own limits apply.
    expect(normalizePhoneNumber('+81 90 1234 5678', 'PL')).toBe('+819012345678')
  })

  it('refuses what cannot be a phone number', () => {
    for (const raw of [
      '',
      null,
      undefined,
      'brak',
      '500 600 70',
      '5006007001',
      '+48 500 600 7001',
      '500600700 wew. 12',
      '+1234567890123456',
      '+0 500 600 700',
    ]) {
      expect(normalizePhoneNumber(raw, 'PL'), String(raw)).toBeNull()
    }
    // A German number needs the trunk prefix or the country code to be told from a short one.
    expect(normalizePhoneNumber('0151', 'DE')).toBeNull()
  })
})
