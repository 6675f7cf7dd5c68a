import { describe, expect, it } from 'vitest'
import { readLookup } from './lookup-input.js'
import { maskEmail } from './mask-email.js'
import { readCaseRequest, reasonsFor } from './request-input.js'
import { readSelection } from './selection-input.js'

const ORDER = [
  { id: 'a1', quantity: 3, flags: [] },
  { id: 'b2', quantity: 1, flags: ['sealed_media' as const] },
]
const FORM_ID = '5b0f3d56-8f1e-4c55-9a43-0f2f5b7e9d10'

describe('readSelection', () => {
  it('reads picked lines, keeps quantities within the order and the seal answer for sealed lines only', () => {
    const checked = readSelection(
      {
        kind: 'withdrawal',
        'pick-a1': '1',
        'qty-a1': '7',
        'unsealed-a1': 'yes',
        'pick-b2': '1',
        'unsealed-b2': 'yes',
        'pick-zz': '1',
      },
      ORDER,
    )
    expect(checked).toEqual({
      ok: true,
      kind: 'withdrawal',
      items: [
        { orderItemId: 'a1', quantity: 3, unsealed: false },
        { orderItemId: 'b2', quantity: 1, unsealed: true },
      ],
    })
    const low = readSelection({ kind: 'complaint', 'pick-a1': '1', 'qty-a1': '-4' }, ORDER)
    expect(low.ok && low.items[0]?.quantity).toBe(1)
    const junk = readSelection({ kind: 'complaint', 'pick-a1': '1', 'qty-a1': 'dużo' }, ORDER)
    expect(junk.ok && junk.items[0]?.quantity).toBe(1)
  })

  it('says what is missing and keeps what was chosen', () => {
    expect(readSelection({ kind: 'withdrawal' }, ORDER)).toMatchObject({
      ok: false,
      issue: 'items_required',
    })
    expect(readSelection({ kind: 'refund', 'pick-a1': '1' }, ORDER)).toEqual({
      ok: false,
      issue: 'kind_required',
      selection: { kind: null, items: [{ orderItemId: 'a1', quantity: 1, unsealed: false }] },
    })
  })
})

describe('readCaseRequest', () => {
  const base = { formId: FORM_ID, reason: 'wrong_size' }

  it('accepts a withdrawal without description or e-mail when the order has one', () => {
    expect(readCaseRequest(base, 'withdrawal', true)).toEqual({
      ok: true,
      request: {
        reasonCode: 'wrong_size',
        description: '',
        requestedRemedy: null,
        email: null,
        formId: FORM_ID,
      },
    })
  })

  it('asks a complaint for a fault reason, a description and a remedy', () => {
    expect(readCaseRequest({ ...base, reason: 'changed_mind' }, 'complaint', true)).toMatchObject({
      ok: false,
      issue: 'reason_required',
    })
    expect(reasonsFor('complaint')).not.toContain('changed_mind')
    expect(readCaseRequest({ ...base, reason: 'defective' }, 'complaint', true)).toMatchObject({
      issue: 'description_required',
      field: 'description',
    })
    expect(
      readCaseRequest(
        { ...base, reason: 'defective', description: 'Nie działa', remedy: 'refund' },
        'complaint',
        true,
      ),
    ).toMatchObject({ issue: 'remedy_required', field: 'remedy' })
    const ok = readCaseRequest(
      { ...base, reason: 'defective', description: ' Nie działa ', remedy: 'repair' },
      'complaint',
      true,
    )
    expect(ok.ok && ok.request).toMatchObject({
      description: 'Nie działa',
      requestedRemedy: 'repair',
    })
  })

  it('drops a remedy sent with a withdrawal and checks the e-mail', () => {
    const withdrawal = readCaseRequest({ ...base, remedy: 'repair' }, 'withdrawal', true)
    expect(withdrawal.ok && withdrawal.request.requestedRemedy).toBeNull()
    expect(readCaseRequest(base, 'withdrawal', false)).toMatchObject({ issue: 'email_required' })
    expect(readCaseRequest({ ...base, email: 'nie-email' }, 'withdrawal', true)).toMatchObject({
      issue: 'email_invalid',
    })
    expect(
      readCaseRequest({ ...base, description: 'x'.repeat(5001) }, 'withdrawal', true),
    ).toMatchObject({
      issue: 'description_too_long',
    })
  })

  it('refuses a form without a valid one-time id', () => {
    expect(readCaseRequest({ reason: 'wrong_size' }, 'withdrawal', true)).toMatchObject({
      issue: 'form_expired',
    })
    expect(readCaseRequest({ ...base, formId: 'abc' }, 'withdrawal', true)).toMatchObject({
      issue: 'form_expired',
    })
  })
})

describe('readLookup', () => {
  it('accepts a number and a valid e-mail, and tells an empty form from a wrong one', () => {
    expect(readLookup({ number: ' KK-1 ', email: 'a@b.pl' })).toEqual({
      ok: true,
      number: 'KK-1',
      email: 'a@b.pl',
    })
    expect(readLookup({ number: '', email: 'a@b.pl' })).toMatchObject({
      ok: false,
      incomplete: true,
    })
    expect(readLookup({ number: 'KK-1', email: 'ab.pl' })).toMatchObject({
      ok: false,
      incomplete: false,
    })
    expect(readLookup({ number: 'K'.repeat(65), email: 'a@b.pl' })).toMatchObject({ ok: false })
  })
})

describe('maskEmail', () => {
  it('keeps the first letter and the domain only', () => {
    expect(maskEmail('k.zielinska@example.pl')).toBe('k•••@example.pl')
    expect(maskEmail('nonsense')).toBe('•••')
  })
})
