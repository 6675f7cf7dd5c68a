import { describe, expect, it } from 'vitest'
import { explicitLanguage, pickTrackingLanguage, preferredLanguage } from './languages.js'

describe('preferredLanguage', () => {
  it('takes the highest weight among supported languages (RFC 9110 §12.5.4)', () => {
    expect(preferredLanguage('fr-FR, de;q=0.8, en;q=0.9')).toBe('en')
    expect(preferredLanguage('de-AT,de;q=0.9,pl;q=0.8')).toBe('de')
    expect(preferredLanguage('PL')).toBe('pl')
  })
  it('ignores q=0, malformed weights, wildcards and unsupported languages', () => {
    expect(preferredLanguage('en;q=0, de;q=0.1')).toBe('de')
    expect(preferredLanguage('en;q=abc, *')).toBeNull()
    expect(preferredLanguage('fr, it')).toBeNull()
    expect(preferredLanguage(undefined)).toBeNull()
  })
})

describe('pickTrackingLanguage', () => {
  it('prefers ?lang=, then the browser, then the order, then Polish', () => {
    expect(pickTrackingLanguage({ query: 'de', acceptLanguage: 'en', orderLocale: 'pl' })).toBe(
      'de',
    )
    expect(pickTrackingLanguage({ query: 'xx', acceptLanguage: 'en-GB', orderLocale: 'de' })).toBe(
      'en',
    )
    expect(pickTrackingLanguage({ acceptLanguage: 'fr', orderLocale: 'de_DE' })).toBe('de')
    expect(pickTrackingLanguage({ orderLocale: 'cs-CZ' })).toBe('pl')
  })
})

describe('explicitLanguage', () => {
  it('accepts only the page languages', () => {
    expect(explicitLanguage('EN')).toBe('en')
    expect(explicitLanguage('cs')).toBeNull()
    expect(explicitLanguage(undefined)).toBeNull()
  })
})
