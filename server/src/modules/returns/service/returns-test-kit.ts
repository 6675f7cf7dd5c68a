import type { Runtime } from '../../../platform/runtime.js'
import { buildOrders, shopOrderInput } from '../../../test/order-factories.js'
import type { NormalizedOrder, ProductFlag } from '../../orders/index.js'

/** A delivered shop order for case tests: two lines, delivered `deliveredAt`; returns ids of the order and its lines. */
export async function seedDeliveredOrder(
  runtime: Runtime,
  workspaceId: string,
  options: {
    deliveredAt?: Date | null
    placedAt?: Date
    flags?: [ProductFlag[], ProductFlag[]]
    email?: string
    overrides?: Partial<NormalizedOrder>
  } = {},
) {
  const placedAt = options.placedAt ?? new Date(Date.now() - 10 * 86_400_000)
  const input = shopOrderInput({
    placedAt,
    paidAt: placedAt,
    status: 'delivered',
    items: [
      {
        sku: 'KAWA-ETI',
        name: 'Kawa Etiopia 250 g',
        quantity: 2,
        unitPriceMinor: 4900,
        flags: options.flags?.[0] ?? [],
      },
      {
        sku: 'DRIP-V60',
        name: 'Drip Hario V60',
        quantity: 1,
        unitPriceMinor: 11900,
        flags: options.flags?.[1] ?? [],
      },
    ],
    shippingMinor: 1499,
    ...(options.email ? { buyer: { ...shopOrderInput().buyer, email: options.email } } : {}),
    ...options.overrides,
  })
  const [orderId] = await buildOrders(runtime, workspaceId, [input])
  if (!orderId) throw new Error('order not stored')
  const deliveredAt =
    options.deliveredAt === undefined ? new Date(Date.now() - 3 * 86_400_000) : options.deliveredAt
  await runtime.database.db
    .updateTable('orders')
    .set({ deliveredAt, status: deliveredAt ? 'delivered' : 'shipped' })
    .where('id', '=', orderId)
    .execute()
  const lines = await runtime.database.db
    .selectFrom('orderItems')
    .select(['id', 'sku', 'quantity'])
    .where('orderId', '=', orderId)
    .orderBy('lineNo')
    .execute()
  return { orderId, number: input.number, lines }
}
