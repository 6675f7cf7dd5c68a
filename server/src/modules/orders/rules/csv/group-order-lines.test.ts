import { describe, expect, it } from 'vitest'
import { OrderLineGrouper } from './group-order-lines.js'
import { cellsOf, readerFor } from './order-csv-fixture.js'

const HEADER = cellsOf(
  'numer_zamowienia;data_zamowienia;status;waluta;email_kupujacego;nazwa_produktu;ilosc;cena;flagi;koszt_dostawy;przewoznik;numer_przesylki',
)

function group(lines: string[], batchSize = 100) {
  const grouper = new OrderLineGrouper(readerFor(HEADER), batchSize)
  const batches = []
  lines.forEach((line, i) => {
    const done = grouper.add(cellsOf(line), i + 2)
    if (done) batches.push(done)
  })
  batches.push(grouper.finish())
  return batches
}

describe('OrderLineGrouper', () => {
  it('groups consecutive lines into one order read from its first line', () => {
    const [batch] = group([
      'KK-1;2024-03-05 14:30;wysłane;PLN;jan@wp.pl;Kawa 1 kg;2;89,99;;12,99;InPost;620 000 000 000 000 000 000 000',
      'KK-1;;;;;Młynek;1;149,00;personalized;;;',
      'KK-2;2024-03-06;;EUR;anna@o2.pl;Tea;1;5.50;;;;',
    ])
    expect(batch?.rows).toBe(3)
    expect(batch?.rowsRejected).toBe(0)
    expect(batch?.errors).toEqual([])
    const [first, second] = batch?.orders ?? []
    expect(first).toMatchObject({
      source: 'csv',
      externalId: 'KK-1',
      number: 'KK-1',
      marketplace: 'shop',
      status: 'shipped',
      currency: 'PLN',
      shippingMinor: 1299,
      buyer: { email: 'jan@wp.pl' },
      items: [
        { name: 'Kawa 1 kg', quantity: 2, unitPriceMinor: 8999, flags: [] },
        { name: 'Młynek', quantity: 1, unitPriceMinor: 14900, flags: ['personalized'] },
      ],
      shipments: [{ carrier: 'inpost', trackingNumber: '620000000000000000000000' }],
    })
    expect(first?.placedAt.toISOString()).toBe('2024-03-05T13:30:00.000Z')
    expect(second).toMatchObject({ externalId: 'KK-2', currency: 'EUR', status: 'placed' })
    expect(second?.items[0]?.unitPriceMinor).toBe(550)
  })

  it('rejects the whole order when one of its lines is bad, and reports every line', () => {
    const [batch] = group([
      'KK-1;2024-03-05;;PLN;;Kawa;1;10,00;;;;',
      'KK-2;2024-03-05;;PLN;;Kawa;1;10,00;;;;',
      'KK-2;;;;;Młynek;1;12,3,4;;;;',
      'KK-2;;;;;Filtry;0;5;;;;',
      'KK-3;2024-02-30;;PLN;jan@;Kawa;1;1;;;;',
    ])
    expect(batch?.orders.map((o) => o.externalId)).toEqual(['KK-1'])
    expect(batch?.rows).toBe(5)
    expect(batch?.rowsRejected).toBe(4)
    expect(batch?.errors).toEqual([
      { line: 3, column: null, message: 'not imported: order KK-2 has an error on line 4' },
      { line: 4, column: 'cena', message: 'cena "12,3,4" is not an amount' },
      {
        line: 5,
        column: 'ilosc',
        message: 'ilosc "0" is not a whole number from 1 to 1,000,000',
      },
      {
        line: 6,
        column: 'data_zamowienia',
        message: expect.stringMatching(/^data_zamowienia "2024-02-30" is not a date/),
      },
      {
        line: 6,
        column: 'email_kupujacego',
        message: 'email_kupujacego "jan@" is not an e-mail address',
      },
    ])
  })

  it('requires order-level columns on the first line only', () => {
    const [batch] = group(['KK-1;;;;;Kawa;1;10;;;;'])
    expect(batch?.errors).toEqual([
      { line: 2, column: 'data_zamowienia', message: 'data_zamowienia is required' },
    ])
  })

  it('merges a repeat within a batch and starts a new order after the batch closed', () => {
    const batches = group(
      [
        'A;2024-03-05;;PLN;;a1;1;1;;;;',
        'B;2024-03-05;;PLN;;b1;1;1;;;;',
        'A;;;;;a2;1;1;;;;',
        'C;2024-03-05;;PLN;;c1;1;1;;;;',
        'C;;;;;c2;1;1;;;;',
        'A;2024-03-07;;PLN;;a3;1;1;;;;',
      ],
      2,
    )
    expect(
      batches.map((b) => b.orders.map((o) => [o.externalId, o.items.map((i) => i.name)])),
    ).toEqual([
      [
        ['A', ['a1', 'a2']],
        ['B', ['b1']],
      ],
      [
        ['C', ['c1', 'c2']],
        ['A', ['a3']],
      ],
    ])
    expect(batches.map((b) => b.rows)).toEqual([3, 3])
  })

  it('never splits an order across batches', () => {
    const batches = group(
      [
        'A;2024-03-05;;PLN;;a1;1;1;;;;',
        'A;;;;;a2;1;1;;;;',
        'A;;;;;a3;1;1;;;;',
        'B;2024-03-05;;PLN;;b;1;1;;;;',
      ],
      1,
    )
    expect(batches.map((b) => b.orders.map((o) => o.items.length))).toEqual([[3], [1]])
  })

  it('reports a line without an order number and lines that are not CSV', () => {
    const grouper = new OrderLineGrouper(readerFor(HEADER), 10)
    grouper.add(cellsOf(';2024-03-05;;PLN;;Kawa;1;1;;;;'), 2)
    grouper.reject(3, 'the line is not valid CSV: Invalid Closing Quote')
    const batch = grouper.finish()
    expect(batch.rows).toBe(2)
    expect(batch.rowsRejected).toBe(2)
    expect(batch.errors.map((e) => e.line)).toEqual([2, 3])
  })
})
