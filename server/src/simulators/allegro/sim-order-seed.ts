import type { AllegroSimState } from './allegro-sim-state.js'
import { DEMO_ORDERS } from './sim-order-seed-data.js'

export { DEMO_ORDER_IDS } from './sim-order-seed-data.js'

const HOUR = 3_600_000

/** Places the demo seller's eight orders (unless the seller has some) and returns their ids. */
export function seedDemoOrders(state: AllegroSimState, sellerLogin: string, now: Date): string[] {
  const existing = state.orders.ofSeller(sellerLogin)
  if (existing.length > 0) return existing.map((order) => order.id)
  const ago = (hours: number) => new Date(now.getTime() - hours * HOUR)
  return DEMO_ORDERS.map((demo) => {
    const order = state.orders.create({
      ...demo.input,
      sellerLogin,
      boughtAt: ago(demo.boughtHoursAgo),
      dispatchBy: demo.dispatchInHours === undefined ? undefined : ago(-demo.dispatchInHours),
    })
    if (demo.waybill) {
      const { carrierId, number, hoursAgo } = demo.waybill
      state.orders.addShipment(order, { carrierId, waybill: number }, ago(hoursAgo))
    }
    for (const [status, hoursAgo] of demo.fulfillment ?? []) {
      state.orders.setFulfillment(order, status, ago(hoursAgo))
    }
    return order.id
  })
}
