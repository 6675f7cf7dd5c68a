import { describe, expect, it } from 'vitest'
import { orderNumberIn } from './order-number.js'

describe('orderNumberIn', () => {
  it.each([
    ['Nowa wiadomość do zamówienia #1234-5678', '1234-5678'],
    [
      'Wiadomość od kupującego dot. zamówienia 9d0c1a2e-1b2c-11ef-9a3b-0242ac120002',
      '9d0c1a2e-1b2c-11ef-9a3b-0242ac120002',
    ],
    ['Re: Pytanie o zamowienie nr 20240315/17', '20240315/17'],
    ['Zamówienie 4711 – reklamacja', '4711'],
    ['Inquiry from Amazon customer Jan (Order: 123-1234567-1234567)', '123-1234567-1234567'],
    ['Rücksendung 305-1234567-7654321 bitte', '305-1234567-7654321'],
    ['Ihre Bestellung 123456 wurde versandt', '123456'],
    ['Bestellnummer: DE-99812', 'DE-99812'],
    ['AW: Frage zu Auftrag 77811', '77811'],
    ['Where is my order #12345?', '12345'],
    ['Your Order No. 10045 has shipped', '10045'],
    ['Question about order number ORD-2024-0001.', 'ORD-2024-0001'],
    ['Ma commande n° 5521 est incomplète', '5521'],
    ['Problema con el pedido #99801', '99801'],
    ['Dotaz k objednávce 2024001', '2024001'],
  ])('finds the order in %j', (text, expected) => {
    expect(orderNumberIn(text)).toBe(expected)
  })

  it.each([
    'Re: order of 100 pcs',
    'Bestellung vom Montag',
    'Ordered 2 items, got 1',
    'Hello, the parcel arrived damaged',
    'Tracking 1Z999AA10123456784',
    'reorder 12345',
    '',
  ])('finds none in %j', (text) => {
    expect(orderNumberIn(text)).toBeNull()
  })

  it('stays fast on a huge single line without an order', () => {
    const started = performance.now()
    expect(orderNumberIn(`order ${' #'.repeat(5_000_000)}`)).toBeNull()
    expect(performance.now() - started).toBeLessThan(500)
  })
})
