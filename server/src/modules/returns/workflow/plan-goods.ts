import type { ActionPlan, CaseAction, CaseState, PlanIssue } from './case-state.js'
import { refusedPlan, unchangedPlan } from './plan-base.js'

type Of<T extends CaseAction['type']> = Extract<CaseAction, { type: T }>

const BEFORE_DECISION = new Set(['new', 'awaiting_item', 'received', 'inspected'])

/** Asks the buyer to send the goods (with the return address and the buyer's 14 days, art. 34 ust. 1). */
export function planRequestItem(state: CaseState): ActionPlan {
  if (state.decision === 'refused' || state.status === 'resolved')
    return refusedPlan(state, [{ code: 'case_closed', message: 'The case is closed.' }])
  if (state.items.some((item) => item.receivedQuantity > 0))
    return refusedPlan(state, [
      { code: 'already_received', message: 'Goods of this case have already arrived.' },
    ])
  const plan = unchangedPlan(state)
  if (state.status === 'new') plan.next.status = 'awaiting_item'
  plan.mail = 'item_requested'
  return plan
}

/** Records goods arriving back; quantities may come in parts. */
export function planReceive(state: CaseState, action: Of<'receive'>): ActionPlan {
  if (state.decision === 'refused' || state.status === 'resolved')
    return refusedPlan(state, [{ code: 'case_closed', message: 'The case is closed.' }])
  const errors: PlanIssue[] = []
  const plan = unchangedPlan(state)
  if (action.items.length === 0)
    errors.push({ code: 'no_items', field: 'items', message: 'Say which items arrived.' })
  for (const [index, line] of action.items.entries()) {
    const item = state.items.find((candidate) => candidate.id === line.itemId)
    if (!item) {
      errors.push({
        code: 'unknown_item',
        field: `items[${index}].itemId`,
        message: 'Not an item of this case.',
      })
      continue
    }
    const open = item.quantity - item.receivedQuantity
    if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > open)
      errors.push({
        code: 'bad_quantity',
        field: `items[${index}].quantity`,
        message: `Quantity must be between 1 and ${open} (still expected).`,
      })
    else
      plan.itemUpdates.push({
        id: item.id,
        receivedQuantity: item.receivedQuantity + line.quantity,
      })
  }
  if (errors.length > 0) return refusedPlan(state, errors)
  if (BEFORE_DECISION.has(state.status) && state.status !== 'inspected')
    plan.next.status = 'received'
  plan.mail = 'received'
  return plan
}

/**
 * Records the condition of each item; for a withdrawal, a deduction for diminished value beyond
 * what was needed to establish the goods' nature (art. 34 ust. 4) — never more than the line's price.
 */
export function planInspect(state: CaseState, action: Of<'inspect'>): ActionPlan {
  if (state.decision === 'refused' || state.status === 'resolved')
    return refusedPlan(state, [{ code: 'case_closed', message: 'The case is closed.' }])
  const errors: PlanIssue[] = []
  const plan = unchangedPlan(state)
  if (action.items.length === 0)
    errors.push({ code: 'no_items', field: 'items', message: 'Inspect at least one item.' })
  for (const [index, line] of action.items.entries()) {
    const item = state.items.find((candidate) => candidate.id === line.itemId)
    if (!item) {
      errors.push({
        code: 'unknown_item',
        field: `items[${index}].itemId`,
        message: 'Not an item of this case.',
      })
      continue
    }
    const deduction = line.deductionMinor ?? 0
    const linePrice = item.unitPriceMinor * item.quantity
    if (!Number.isInteger(deduction) || deduction < 0 || deduction > linePrice)
      errors.push({
        code: 'bad_deduction',
        field: `items[${index}].deductionMinor`,
        message: `The deduction must be between 0 and the line's price (${linePrice}).`,
      })
    else if (deduction > 0 && state.kind === 'complaint')
      errors.push({
        code: 'deduction_not_for_complaints',
        field: `items[${index}].deductionMinor`,
        message: 'Deductions for diminished value apply to withdrawals only (art. 34 ust. 4).',
      })
    else
      plan.itemUpdates.push({ id: item.id, condition: line.condition, deductionMinor: deduction })
  }
  if (errors.length > 0) return refusedPlan(state, errors)
  if (state.kind === 'withdrawal' && state.items.every((item) => item.receivedQuantity === 0))
    plan.warnings.push({
      code: 'not_received',
      message: 'Nothing has arrived yet: inspect what you can see on the buyer’s photos only.',
    })
  if (BEFORE_DECISION.has(state.status)) plan.next.status = 'inspected'
  if (state.decision === 'accepted' && state.kind === 'withdrawal') {
    const inspected = state.items.map((item) => {
      const update = plan.itemUpdates.find((u) => u.id === item.id)
      return update
        ? { ...item, deductionMinor: update.deductionMinor ?? item.deductionMinor }
        : item
    })
    const deductions = inspected.reduce(
      (sum, item) => sum + (item.eligible ? item.deductionMinor : 0),
      0,
    )
    const before = state.items.reduce(
      (sum, item) => sum + (item.eligible ? item.deductionMinor : 0),
      0,
    )
    plan.next.refundDueMinor = Math.max(0, state.refundDueMinor - (deductions - before))
  }
  return plan
}
