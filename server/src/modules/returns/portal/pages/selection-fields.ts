import { html, type SafeHtml } from '../../../orders/index.js'
import { itemFields, type PickedItem } from '../rules/selection-input.js'

/** Hidden fields that carry the first step's choice through the next form. */
export function selectionFields(kind: string, items: readonly PickedItem[]): SafeHtml {
  return html`<input type="hidden" name="kind" value="${kind}">${items.map((item) => {
    const names = itemFields(item.orderItemId)
    return html`<input type="hidden" name="${names.pick}" value="1"><input type="hidden" name="${names.quantity}" value="${item.quantity}"><input type="hidden" name="${names.unsealed}" value="${item.unsealed ? 'yes' : 'no'}">`
  })}`
}
