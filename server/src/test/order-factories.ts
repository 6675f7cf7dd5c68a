import type { NormalizedOrder } from '../modules/orders/contract.js'
import { applyOrders } from '../modules/orders/service/apply-orders.js'
import { systemActor } from '../platform/context.js'
import type { Runtime } from '../platform/runtime.js'

let counter = 0

/** A shop order with one line; override any field. */
export function shopOrderInput(overrides: Partial<NormalizedOrder> = {}): NormalizedOrder {
  counter += 1
  const id = `T-${Date.now().toString(36)}-${counter}`
  return {
    source: 'shop',
    externalId: id,
    number: id,
    marketplace: 'shop',
    buyer: {
      name: 'Jan Kowalski',
      email: `jan.${id.toLowerCase()}@example.pl`,
      phone: '+48600100200',
      login: null,
      locale: 'pl',
    },
    shippingAddress: {
      name: 'Jan Kowalski',
      street: 'ul. Długa 5',
      city: 'Kraków',
      postCode: '31-147',
      countryCode: 'PL',
    },
    currency: 'PLN',
    items: [{ sku: 'KAWA-1', name: 'Kawa Etiopia 250 g', quantity: 2, unitPriceMinor: 4900 }],
    shippingMinor: 1499,
    status: 'paid',
    placedAt: new Date(Date.now() - 3600_000),
    paidAt: new Date(Date.now() - 3000_000),
    shipBy: new Date(Date.now() + 2 * 86_400_000),
    ...overrides,
  }
}

/** Stores orders through the live path (events, customers, notifications); returns their ids. */
export async function buildOrders(
  runtime: Runtime,
  workspaceId: string,
  orders: NormalizedOrder[],
) {
  const result = await runtime.inWorkspace({ workspaceId, actor: systemActor('test') }, (ctx) =>
    applyOrders(ctx, orders),
  )
  return [...result.created, ...result.updated].map((o) => o.id)
}
