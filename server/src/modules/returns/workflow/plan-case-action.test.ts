import { describe, expect, it } from 'vitest'
import type { CaseEvaluation } from '../rules/types.js'
import type { CaseItemState, CaseState } from './case-state.js'
import { planCaseAction } from './plan-case-action.js'
import { allowedRefusalGrounds } from './refusal-grounds.js'

const TODAY = '2026-11-20'

function evaluation(over: Partial<CaseEvaluation> = {}): CaseEvaluation {
  return {
    decision: 'accept',
    reasons: ['within_statutory_period'],
    deadline: '2026-11-23',
    respondBy: null,
    refundBy: '2026-11-30',
    returnGoodsBy: '2026-11-30',
    regime: 'consumer_withdrawal',
    deemedAcceptedOn: null,
    items: [],
    ...over,
  }
}

function item(over: Partial<CaseItemState> = {}): CaseItemState {
  return {
    id: 'i1',
    sku: 'KAWA',
    name: 'Kawa',
    quantity: 2,
    unitPriceMinor: 4900,
    eligible: true,
    exception: null,
    receivedQuantity: 0,
    condition: null,
    deductionMinor: 0,
    ...over,
  }
}

function withdrawal(over: Partial<CaseState> = {}): CaseState {
  return {
    kind: 'withdrawal',
    status: 'new',
    decision: null,
    source: 'portal',
    buyerType: 'consumer',
    currency: 'PLN',
    evaluation: evaluation(),
    deliveredOn: '2026-11-09',
    requestedRemedy: null,
    resolution: null,
    items: [item()],
    orderShippingMinor: 1499,
    coversWholeOrder: true,
    refundDueMinor: 0,
    refundedMinor: 0,
    pendingRefundMinor: 0,
    evidenceFiles: 0,
    proofOfSending: false,
    ...over,
  }
}

function complaint(over: Partial<CaseState> = {}): CaseState {
  return withdrawal({
    kind: 'complaint',
    evaluation: evaluation({
      reasons: ['within_liability', 'regime_consumer_rights_2023'],
      deadline: '2028-11-09',
      respondBy: '2026-12-01',
      refundBy: null,
      returnGoodsBy: null,
      regime: 'consumer_rights_2023',
      deemedAcceptedOn: '2026-12-02',
    }),
    requestedRemedy: 'replacement',
    ...over,
  })
}

describe('accepting a withdrawal', () => {
  it('makes the goods and the delivery due by the 14th day, and says the refund may wait for the goods', () => {
    const plan = planCaseAction(withdrawal(), { type: 'accept' }, TODAY)
    expect(plan.ok).toBe(true)
    expect(plan.next).toMatchObject({
      status: 'accepted',
      decision: 'accepted',
      resolution: 'refund',
    })
    expect(plan.refund).toMatchObject({
      itemsMinor: 9800,
      shippingMinor: 1499,
      deductionsMinor: 0,
      totalMinor: 11299,
    })
    expect(plan.refund?.dueOn).toBe('2026-11-30')
    expect(plan.warnings.map((w) => w.code)).toContain('refund_may_wait')
    expect(plan.mail).toBe('accepted')
  })

  it('refunds no delivery on a partial return and subtracts the diminished value', () => {
    const state = withdrawal({
      coversWholeOrder: false,
      items: [item({ deductionMinor: 800, receivedQuantity: 2 })],
    })
    const plan = planCaseAction(state, { type: 'accept' }, TODAY)
    expect(plan.refund).toMatchObject({
      itemsMinor: 9800,
      shippingMinor: 0,
      deductionsMinor: 800,
      totalMinor: 9000,
    })
    expect(plan.warnings.map((w) => w.code)).not.toContain('refund_may_wait')
  })

  it('leaves excepted items out, and warns of goodwill when the engine would refuse', () => {
    const excepted = withdrawal({
      items: [item(), item({ id: 'i2', eligible: false, exception: 'exception_perishable' })],
    })
    expect(planCaseAction(excepted, { type: 'accept' }, TODAY).refund?.itemsMinor).toBe(9800)
    const refused = withdrawal({
      evaluation: evaluation({ decision: 'refuse', reasons: ['period_expired'], refundBy: null }),
    })
    const plan = planCaseAction(refused, { type: 'accept' }, TODAY)
    expect(plan.ok).toBe(true)
    expect(plan.warnings.map((w) => w.code)).toContain('beyond_statute')
  })

  it('cannot decide twice', () => {
    const plan = planCaseAction(
      withdrawal({ decision: 'accepted', status: 'accepted' }),
      { type: 'accept' },
      TODAY,
    )
    expect(plan.ok).toBe(false)
    expect(plan.errors[0]?.code).toBe('already_decided')
  })
})

describe('refusing', () => {
  it('has no grounds against a withdrawal the engine accepts', () => {
    const plan = planCaseAction(
      withdrawal(),
      {
        type: 'refuse',
        grounds: ['period_expired'],
        justification: 'Termin minął dawno temu, przykro nam bardzo.',
      },
      TODAY,
    )
    expect(plan.ok).toBe(false)
    expect(plan.errors.map((e) => e.code)).toEqual(['ground_not_available'])
    expect(allowedRefusalGrounds(withdrawal())).toEqual([])
  })

  it('refuses an expired withdrawal on the engine’s ground, with a justification, the delivery date being the evidence', () => {
    const state = withdrawal({
      evaluation: evaluation({ decision: 'refuse', reasons: ['period_expired'], refundBy: null }),
    })
    const plan = planCaseAction(
      state,
      {
        type: 'refuse',
        grounds: ['period_expired'],
        justification: 'Paczka doręczona 9 listopada, oświadczenie złożono po terminie.',
      },
      TODAY,
    )
    expect(plan.ok).toBe(true)
    expect(plan.next).toMatchObject({
      status: 'refused',
      decision: 'refused',
      refusalGrounds: ['period_expired'],
    })
    expect(plan.mail).toBe('refused')
  })

  it('needs a justification of 30 characters and evidence for inspection grounds', () => {
    const inspected = complaint({ items: [item({ condition: 'damaged' })] })
    expect(allowedRefusalGrounds(inspected)).toEqual(['no_nonconformity', 'damage_caused_by_buyer'])
    const plan = planCaseAction(
      inspected,
      { type: 'refuse', grounds: ['damage_caused_by_buyer'], justification: 'Za krótko' },
      TODAY,
    )
    expect(plan.errors.map((e) => e.code)).toEqual(['justification_required', 'evidence_required'])
    const withEvidence = planCaseAction(
      { ...inspected, evidenceFiles: 1 },
      {
        type: 'refuse',
        grounds: ['damage_caused_by_buyer'],
        justification: 'Obudowa pęknięta od uderzenia, zdjęcia w załączniku.',
      },
      TODAY,
    )
    expect(withEvidence.ok).toBe(true)
  })

  it('cannot refuse a complaint whose answer deadline has passed: it is accepted by law (art. 7a)', () => {
    const plan = planCaseAction(
      complaint({ items: [item({ condition: 'as_new' })], evidenceFiles: 2 }),
      {
        type: 'refuse',
        grounds: ['no_nonconformity'],
        justification: 'Produkt sprawny, przetestowany na stanowisku.',
      },
      '2026-12-02',
    )
    expect(plan.errors.map((e) => e.code)).toEqual(['deemed_accepted'])
  })

  it('offers no inspection grounds while a defect was found', () => {
    expect(allowedRefusalGrounds(complaint({ items: [item({ condition: 'defective' })] }))).toEqual(
      [],
    )
  })
})

describe('complaint remedies', () => {
  it('takes the buyer’s remedy and refunds nothing for a replacement', () => {
    const plan = planCaseAction(complaint(), { type: 'accept' }, TODAY)
    expect(plan.next.resolution).toBe('replacement')
    expect(plan.next.refundDueMinor).toBe(0)
  })

  it('bounds a price reduction by the price and notes the order of remedies', () => {
    const bad = planCaseAction(
      complaint(),
      { type: 'accept', remedy: 'price_reduction', priceReductionMinor: 99999 },
      TODAY,
    )
    expect(bad.errors[0]?.code).toBe('bad_price_reduction')
    const ok = planCaseAction(
      complaint(),
      { type: 'accept', remedy: 'price_reduction', priceReductionMinor: 2000 },
      TODAY,
    )
    expect(ok.next.refundDueMinor).toBe(2000)
    expect(ok.warnings.map((w) => w.code)).toContain('remedy_hierarchy')
  })

  it('records the replacement only for an accepted complaint with that remedy', () => {
    expect(planCaseAction(complaint(), { type: 'replacement' }, TODAY).ok).toBe(false)
    const accepted = complaint({
      decision: 'accepted',
      status: 'accepted',
      resolution: 'replacement',
    })
    expect(planCaseAction(accepted, { type: 'repair' }, TODAY).errors[0]?.code).toBe('other_remedy')
    expect(planCaseAction(accepted, { type: 'replacement' }, TODAY).next.status).toBe('resolved')
  })
})

describe('goods and refunds', () => {
  it('receives in parts and refuses more than expected', () => {
    const state = withdrawal({ status: 'awaiting_item' })
    const plan = planCaseAction(
      state,
      { type: 'receive', items: [{ itemId: 'i1', quantity: 1 }] },
      TODAY,
    )
    expect(plan.next.status).toBe('received')
    expect(plan.itemUpdates).toEqual([{ id: 'i1', receivedQuantity: 1 }])
    const over = planCaseAction(
      state,
      { type: 'receive', items: [{ itemId: 'i1', quantity: 3 }] },
      TODAY,
    )
    expect(over.errors[0]).toMatchObject({ code: 'bad_quantity', field: 'items[0].quantity' })
  })

  it('allows deductions for withdrawals only, up to the line price', () => {
    const w = planCaseAction(
      withdrawal(),
      { type: 'inspect', items: [{ itemId: 'i1', condition: 'used', deductionMinor: 9801 }] },
      TODAY,
    )
    expect(w.errors[0]?.code).toBe('bad_deduction')
    const c = planCaseAction(
      complaint(),
      { type: 'inspect', items: [{ itemId: 'i1', condition: 'used', deductionMinor: 100 }] },
      TODAY,
    )
    expect(c.errors[0]?.code).toBe('deduction_not_for_complaints')
  })

  it('lowers the amount due when an accepted withdrawal is inspected with a deduction', () => {
    const state = withdrawal({ decision: 'accepted', status: 'accepted', refundDueMinor: 11299 })
    const plan = planCaseAction(
      state,
      { type: 'inspect', items: [{ itemId: 'i1', condition: 'used', deductionMinor: 1000 }] },
      TODAY,
    )
    expect(plan.next.refundDueMinor).toBe(10299)
    expect(plan.next.status).toBe('accepted')
  })

  it('refunds what remains, resolves when paid in full, and flags a late refund', () => {
    const state = withdrawal({ decision: 'accepted', status: 'accepted', refundDueMinor: 11299 })
    const full = planCaseAction(state, { type: 'refund', method: 'bank_transfer' }, '2026-12-01')
    expect(full.refund).toMatchObject({ totalMinor: 11299, paid: true, dueOn: '2026-11-30' })
    expect(full.next.status).toBe('resolved')
    expect(full.warnings.map((w) => w.code)).toEqual(['refund_late'])
    const part = planCaseAction(
      state,
      { type: 'refund', method: 'bank_transfer', amountMinor: 5000 },
      TODAY,
    )
    expect(part.next.status).toBe('accepted')
    const over = planCaseAction(
      { ...state, refundedMinor: 11000 },
      { type: 'refund', method: 'voucher', amountMinor: 300 },
      TODAY,
    )
    expect(over.errors[0]?.code).toBe('bad_amount')
  })

  it('keeps marketplace refunds for Allegro cases, pending until Allegro confirms', () => {
    const state = withdrawal({ decision: 'accepted', status: 'accepted', refundDueMinor: 11299 })
    expect(
      planCaseAction(state, { type: 'refund', method: 'marketplace' }, TODAY).errors[0]?.code,
    ).toBe('no_marketplace_refund')
    const allegro = planCaseAction(
      { ...state, source: 'allegro_return' },
      { type: 'refund', method: 'marketplace' },
      TODAY,
    )
    expect(allegro.refund?.paid).toBe(false)
    expect(allegro.next.status).toBe('accepted')
    expect(allegro.mail).toBeNull()
  })
})
