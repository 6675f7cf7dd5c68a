import type { CaseAction, CaseActionType, CaseDetail } from '../../../api/return-types'

/** The buttons the actions panel offers, in the order work usually goes. */
export type PanelAction = Exclude<CaseActionType, 'mark_refund_done'>

/**
 * The actions that make sense in the case's state (the server's workflow has the last word and
 * the preview says why something is not allowed): goods requested until something arrives,
 * received until all arrived, a decision while undecided — no refusal once an unanswered
 * complaint is deemed accepted (art. 7a) — then refunds or the accepted remedy.
 */
export function availableActions(c: CaseDetail): PanelAction[] {
  if (c.status === 'refused' || c.status === 'resolved') return []
  const actions: PanelAction[] = []
  const anyReceived = c.items.some((item) => item.receivedQuantity > 0)
  if (!anyReceived) actions.push('request_item')
  if (c.items.some((item) => item.receivedQuantity < item.quantity)) actions.push('receive')
  actions.push('inspect')
  if (c.decision === null) {
    actions.push('accept')
    if (!c.deemedAccepted) actions.push('refuse')
  }
  if (c.decision === 'accepted' && c.remainingRefundMinor > 0) actions.push('refund')
  if (c.kind === 'complaint' && c.decision === 'accepted') {
    if (c.resolution === 'replacement') actions.push('replacement')
    if (c.resolution === 'repair') actions.push('repair')
  }
  return actions
}

/** A fresh draft of an action with the defaults an agent most often keeps. */
export function initialAction(type: PanelAction, c: CaseDetail): CaseAction {
  switch (type) {
    case 'receive':
      return {
        type,
        items: c.items.map((item) => ({
          itemId: item.id,
          quantity: item.quantity - item.receivedQuantity,
        })),
      }
    case 'inspect':
      return {
        type,
        items: c.items.map((item) => ({
          itemId: item.id,
          condition: item.condition ?? 'as_new',
          ...(c.kind === 'withdrawal' ? { deductionMinor: item.deductionMinor } : {}),
        })),
      }
    case 'accept':
      return c.kind === 'complaint' && c.requestedRemedy
        ? { type, remedy: c.requestedRemedy }
        : { type }
    case 'refuse':
      return {
        type,
        grounds: c.availableGrounds.length === 1 ? [...c.availableGrounds] : [],
        justification: '',
      }
    case 'refund':
      return {
        type,
        method: c.source.startsWith('allegro') ? 'marketplace' : 'original_payment',
        amountMinor: c.remainingRefundMinor,
        paid: true,
      }
    default:
      return { type }
  }
}

/** The draft as sent: lines left at zero received are dropped, an empty note is left out. */
export function finalAction(action: CaseAction): CaseAction {
  const note = action.note?.trim()
  const base = { ...action, note: note || undefined }
  if (base.type === 'receive')
    return { ...base, items: base.items.filter((line) => line.quantity > 0) }
  if (base.type === 'accept' && base.remedy !== 'price_reduction')
    return { ...base, priceReductionMinor: undefined }
  if (base.type === 'refund' && base.method === 'marketplace') return { ...base, paid: undefined }
  return base
}
