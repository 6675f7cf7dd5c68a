import type { ProductFlag } from '../../../orders/index.js'
import type { CaseKind } from '../../rules/types.js'
import { type FormFields, field } from './form-fields.js'

/** An order line the customer may pick. */
export interface PickableItem {
  id: string
  quantity: number
  flags: readonly ProductFlag[]
}

/** One picked line: how many pieces, and for a sealed item whether the seal was broken. */
export interface PickedItem {
  orderItemId: string
  quantity: number
  unsealed: boolean
}

/** The first step's answer: which items, and a withdrawal or a complaint. */
export interface Selection {
  kind: CaseKind | null
  items: PickedItem[]
}

/** The selection, or what is missing from it (shown next to the form). */
export type SelectionCheck =
  | { ok: true; kind: CaseKind; items: PickedItem[] }
  | { ok: false; issue: 'items_required' | 'kind_required'; selection: Selection }

/** Whether the item comes sealed, so the customer is asked if they opened it (art. 38 ust. 1 pkt 5 and 9). */
export const isSealed = (item: Pick<PickableItem, 'flags'>) =>
  item.flags.includes('sealed_hygiene') || item.flags.includes('sealed_media')

/** Field names of one line: `pick-<id>`, `qty-<id>`, `unsealed-<id>`. */
export const itemFields = (id: string) => ({
  pick: `pick-${id}`,
  quantity: `qty-${id}`,
  unsealed: `unsealed-${id}`,
})

/**
 * Reads the picked lines and the kind; lines not of this order are ignored, quantities are
 * kept between 1 and the ordered quantity, and the seal answer counts for sealed items only.
 */
export function readSelection(fields: FormFields, order: readonly PickableItem[]): SelectionCheck {
  const kindValue = field(fields, 'kind')
  const kind = kindValue === 'withdrawal' || kindValue === 'complaint' ? kindValue : null
  const items: PickedItem[] = []
  for (const item of order) {
    const names = itemFields(item.id)
    if (field(fields, names.pick) === '') continue
    const asked = Number.parseInt(field(fields, names.quantity), 10)
    const quantity = Number.isFinite(asked) ? Math.min(Math.max(asked, 1), item.quantity) : 1
    const unsealed = isSealed(item) && field(fields, names.unsealed) === 'yes'
    items.push({ orderItemId: item.id, quantity, unsealed })
  }
  if (items.length === 0) return { ok: false, issue: 'items_required', selection: { kind, items } }
  if (!kind) return { ok: false, issue: 'kind_required', selection: { kind, items } }
  return { ok: true, kind, items }
}
