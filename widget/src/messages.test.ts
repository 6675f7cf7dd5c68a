import { describe, expect, it } from 'vitest'
import { fill, messagesFor, pickLocale } from './messages.js'
import { validatePrechat } from './validate.js'

describe('pickLocale', () => {
  it("takes the browser's first language the widget speaks, else English", () => {
    expect(pickLocale(['pl-PL', 'en'])).toBe('pl')
    expect(pickLocale(['fr-FR', 'de-AT'])).toBe('de')
    expect(pickLocale(['fr-FR'])).toBe('en')
    expect(pickLocale([])).toBe('en')
  })

  it('has every text in every language', () => {
    const keys = Object.keys(messagesFor('en')).sort()
    expect(Object.keys(messagesFor('pl')).sort()).toEqual(keys)
    expect(Object.keys(messagesFor('de')).sort()).toEqual(keys)
    expect(fill(messagesFor('pl').typing, { name: 'Anna' })).toBe('Anna pisze…')
  })
})

describe('validatePrechat', () => {
  it('names each problem of the form', () => {
    expect(validatePrechat({ name: ' ', email: 'jan@', orderNumber: 'x'.repeat(65) })).toEqual({
      name: 'nameRequired',
      email: 'emailInvalid',
      orderNumber: 'orderTooLong',
    })
    expect(validatePrechat({ name: 'Jan', email: 'jan@example.pl', orderNumber: '' })).toEqual({})
  })
})
