import { describe, expect, it } from 'vitest'
import { parseCaseFacts } from './parse-case-facts.js'

const valid = {
  id: 'x',
  kind: 'withdrawal',
  buyer: 'consumer',
  country: 'PL',
  deliveries: ['2026-11-02'],
  requestedAt: '2026-11-16',
  informedOfWithdrawalRight: true,
  sellerReturnDays: 30,
  items: [{ sku: 'A', flags: ['personalized'], unsealed: false }],
}

const errorOf = (value: unknown) => {
  const parsed = parseCaseFacts(value)
  return 'error' in parsed ? parsed.error : null
}

describe('parseCaseFacts', () => {
  it('reads the contract example and ignores unknown fields', () => {
    const parsed = parseCaseFacts({ ...valid, colour: 'blue' })
    expect(parsed).toMatchObject({
      id: 'x',
      facts: { kind: 'withdrawal', sellerReturnDays: 30, items: [{ sku: 'A', unsealed: false }] },
    })
  })

  it.each([
    [{ ...valid, kind: 'exchange' }, /^kind: /],
    [{ ...valid, buyer: undefined }, /^buyer: missing/],
    [{ ...valid, country: 'POL' }, /^country: /],
    [{ ...valid, deliveries: [] }, /^deliveries: /],
    [{ ...valid, deliveries: '2026-11-02' }, /^deliveries: expected an array/],
    [{ ...valid, deliveries: ['2026-02-30'] }, /^deliveries\[0\]: /],
    [{ ...valid, requestedAt: '16.11.2026' }, /^requestedAt: /],
    [{ ...valid, requestedAt: undefined }, /^requestedAt: missing/],
    [{ ...valid, informedOfWithdrawalRight: 'yes' }, /^informedOfWithdrawalRight: /],
    [{ ...valid, sellerReturnDays: 2.5 }, /^sellerReturnDays: /],
    [{ ...valid, items: [{ sku: 'A', flags: ['fragile'] }] }, /^items\[0\]\.flags\[0\]: /],
    [{ ...valid, items: [{ flags: [] }] }, /^items\[0\]\.sku: missing/],
    [{ ...valid, informedAt: '2026-02-29' }, /^informedAt: /],
    [{ ...valid, programme: { name: 'amazon' } }, /^programme\.returnDays: missing/],
  ])('names the wrong field: %#', (value, message) => {
    expect(errorOf(value)).toMatch(message)
  })

  it('keeps the id of a case with a wrong field, and null when there is none', () => {
    expect(parseCaseFacts({ ...valid, kind: 1 })).toMatchObject({ id: 'x' })
    expect(parseCaseFacts({ ...valid, id: undefined })).toEqual({ id: null, error: 'id: missing' })
    expect(parseCaseFacts([valid])).toEqual({ id: null, error: 'case: expected a JSON object' })
  })

  it('lets a complaint leave out the withdrawal information and the items', () => {
    const { informedOfWithdrawalRight: _i, items: _items, ...complaint } = valid
    expect(errorOf({ ...complaint, kind: 'complaint' })).toBeNull()
    expect(errorOf({ ...complaint, kind: 'withdrawal' })).toMatch(
      /^informedOfWithdrawalRight: missing/,
    )
  })
})
