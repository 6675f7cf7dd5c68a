import { describe, expect, it } from 'vitest'
import { isInvalid } from './invalid-value.js'
import { currencyDigits } from './parse-amount.js'
import {
  parseCountryCode,
  parseCurrencyCode,
  parseEmail,
  parseLocale,
  parseMarketplace,
  parseOrderStatus,
  parsePhone,
  parseProductFlags,
  parseWholeNumber,
} from './parse-order-values.js'

const reason = (value: unknown) => (isInvalid(value) ? value.reason : value)

describe('order values', () => {
  it.each([
    ['shipped', 'shipped'],
    ['Wysłane', 'shipped'],
    ['DOSTARCZONE', 'delivered'],
    ['anulowane', 'cancelled_by_seller'],
    ['Anulowane przez kupującego', 'cancelled_by_buyer'],
    ['opłacone', 'paid'],
    ['do wysłania', 'ready_to_ship'],
    ['zwrócone', 'returned'],
    ['nowe', 'placed'],
  ])('reads the status %s as %s', (text, status) => {
    expect(parseOrderStatus(text)).toBe(status)
  })

  it('refuses an unknown status, listing the known ones', () => {
    expect(reason(parseOrderStatus('zgubione'))).toMatch(/^is not a known status \(placed, paid/)
  })

  it('reads marketplaces with country suffixes and shop synonyms', () => {
    expect(parseMarketplace('Allegro')).toBe('allegro')
    expect(parseMarketplace('amazon.de')).toBe('amazon')
    expect(parseMarketplace('eMAG RO')).toBe('emag')
    expect(parseMarketplace('sklep internetowy')).toBe('shop')
    expect(reason(parseMarketplace('ebay'))).toMatch(/^is not a marketplace/)
  })

  it('reads flags separated by ; , or |, case-insensitively, without repeats', () => {
    expect(parseProductFlags('personalized; Perishable|personalized')).toEqual([
      'personalized',
      'perishable',
    ])
    expect(parseProductFlags('sealed hygiene,made-to-order')).toEqual([
      'sealed_hygiene',
      'made_to_order',
    ])
    expect(parseProductFlags('personalizowany')).toEqual(['personalized'])
    expect(parseProductFlags(' ; ')).toEqual([])
    expect(reason(parseProductFlags('perishable;fragile'))).toMatch(
      /^names an unknown flag "fragile" \(personalized, made_to_order/,
    )
  })

  it('reads whole numbers within bounds only', () => {
    expect(parseWholeNumber('3', 1, 10)).toBe(3)
    expect(reason(parseWholeNumber('0', 1, 10))).toBe('is not a whole number from 1 to 10')
    expect(isInvalid(parseWholeNumber('2,5', 1, 10))).toBe(true)
    expect(isInvalid(parseWholeNumber('2 szt.', 1, 10))).toBe(true)
  })

  it('reads currencies, countries, e-mails, phones and locales', () => {
    expect(parseCurrencyCode('eur', currencyDigits)).toBe('EUR')
    expect(parseCurrencyCode('zł', currencyDigits)).toBe('PLN')
    expect(isInvalid(parseCurrencyCode('ZZZ', currencyDigits))).toBe(true)
    expect(parseCountryCode('de')).toBe('DE')
    expect(parseCountryCode('Polska')).toBe('PL')
    expect(isInvalid(parseCountryCode('Narnia'))).toBe(true)
    expect(parseEmail('jan.kowalski@wp.pl')).toBe('jan.kowalski@wp.pl')
    expect(reason(parseEmail('jan@'))).toBe('is not an e-mail address')
    expect(parsePhone('+48 600 100 200')).toBe('+48 600 100 200')
    expect(isInvalid(parsePhone('zadzwoń'))).toBe(true)
    expect(parseLocale('pl_pl')).toBe('pl-PL')
    expect(parseLocale('DE')).toBe('de')
    expect(isInvalid(parseLocale('polski'))).toBe(true)
  })
})
