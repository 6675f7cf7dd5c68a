import { createHash } from 'node:crypto'
import { buildSimOrder, type SimOrderInput } from './sim-order-build.js'
import type {
  SimFulfillmentStatus,
  SimOrder,
  SimOrderEvent,
  SimOrderEventType,
  SimShipment,
} from './sim-order-records.js'

/** What the order store needs from the rest of the simulated world. */
export interface SimOrderWorld {
  clock: () => Date
  newId: () => string
  /** The Allegro user id of a buyer, creating the account on first use. */
  buyerId: (login: string) => string
}

/** A tracking number to attach to an order. */
export interface SimShipmentInput {
  carrierId: string
  carrierName?: string | null
  waybill: string
  /** Empty means every line item (spec `CheckoutFormAddWaybillRequest.lineItems`). */
  lineItemIds?: string[]
}

const MINUTE = 60_000
/** "You can retrieve events from last 60 days" (developer.allegro.pl, orders tutorial). */
const EVENT_RETENTION_MS = 60 * 24 * 3_600_000

/** Checkout forms, their event journal and shipments: the simulator's order management. */
export class SimOrderState {
  readonly orders = new Map<string, SimOrder>()
  readonly events: SimOrderEvent[] = []
  private lastSeq = 0

  constructor(private readonly world: SimOrderWorld) {}

  /** Places an order and journals the events a real purchase would have produced. */
  create(input: SimOrderInput): SimOrder {
    const now = this.world.clock()
    const order = buildSimOrder(input, { ...this.world, now })
    if (this.orders.has(order.id)) throw new Error(`order ${order.id} exists`)
    const wanted = { status: order.status, fulfillment: order.fulfillmentStatus }
    const bought = order.lineItems[0]!.boughtAt.getTime()
    const at = (minutes: number) => new Date(bought + minutes * MINUTE)
    this.orders.set(order.id, order)
    order.status = 'BOUGHT'
    order.fulfillmentStatus = 'NEW'
    this.change(order, 'BOUGHT', at(0))
    if (wanted.status !== 'BOUGHT') {
      order.status = 'FILLED_IN'
      this.change(order, 'FILLED_IN', at(1))
    }
    if (wanted.status === 'READY_FOR_PROCESSING') {
      order.status = 'READY_FOR_PROCESSING'
      this.change(order, 'READY_FOR_PROCESSING', at(2))
    }
    if (wanted.fulfillment !== 'NEW') this.setFulfillment(order, wanted.fulfillment, at(3))
    if (wanted.status === 'CANCELLED') this.cancel(order, { at: at(10) })
    return order
  }

  /** The buyer (or, with `auto`, Allegro) cancels the purchase. */
  cancel(order: SimOrder, options: { auto?: boolean; at?: Date } = {}): void {
    order.status = 'CANCELLED'
    this.change(order, options.auto ? 'AUTO_CANCELLED' : 'BUYER_CANCELLED', options.at)
  }

  /** Sets the seller status; false (and no event) when it already had it. */
  setFulfillment(order: SimOrder, status: SimFulfillmentStatus, at?: Date): boolean {
    if (order.fulfillmentStatus === status) return false
    order.fulfillmentStatus = status
    this.change(order, 'FULFILLMENT_STATUS_CHANGED', at)
    return true
  }

  /** Attaches a tracking number; the form changes (new revision) but no event is journaled. */
  addShipment(order: SimOrder, input: SimShipmentInput, at?: Date): SimShipment {
    const createdAt = at ?? this.world.clock()
    const shipment: SimShipment = {
      // Allegro's shipment ids are base64 of "<carrier>:<waybill>" (spec example REhMOjEy…).
      id: Buffer.from(`${input.carrierId}:${input.waybill}`).toString('base64'),
      carrierId: input.carrierId,
      carrierName: input.carrierId === 'OTHER' ? (input.carrierName ?? null) : null,
      waybill: input.waybill,
      lineItemIds: input.lineItemIds?.length
        ? input.lineItemIds
        : order.lineItems.map((item) => item.id),
      createdAt,
    }
    order.shipments.push(shipment)
    this.touch(order, createdAt)
    return shipment
  }

  /** Events of `sellerLogin` after event id `after`, oldest first, within Allegro's retention. */
  eventsOf(
    sellerLogin: string,
    filter: { after: number | null; types: string[] | null; limit: number },
  ): SimOrderEvent[] {
    const oldest = this.world.clock().getTime() - EVENT_RETENTION_MS
    return this.events
      .filter(
        (event) =>
          event.sellerLogin === sellerLogin &&
          (filter.after === null || event.seq > filter.after) &&
          (!filter.types || filter.types.includes(event.type)) &&
          event.occurredAt.getTime() >= oldest,
      )
      .slice(0, filter.limit)
  }

  /** The newest event of `sellerLogin`, if any. */
  latestEventOf(sellerLogin: string): SimOrderEvent | undefined {
    return this.events.findLast((event) => event.sellerLogin === sellerLogin)
  }

  /** The seller's orders in no particular order. */
  ofSeller(sellerLogin: string): SimOrder[] {
    return [...this.orders.values()].filter((order) => order.sellerLogin === sellerLogin)
  }

  /** Forgets every order and event. */
  reset(): void {
    this.orders.clear()
    this.events.length = 0
  }

  /** Bumps the revision and `updatedAt` of a changed form. */
  touch(order: SimOrder, at: Date = this.world.clock()): void {
    order.version += 1
    order.revision = createHash('sha256')
      .update(`${order.id}:${order.version}`)
      .digest('hex')
      .slice(0, 8)
    if (at > order.updatedAt) order.updatedAt = at
  }

  private change(order: SimOrder, type: SimOrderEventType, at?: Date): void {
    const occurredAt = at ?? this.world.clock()
    this.touch(order, occurredAt)
    // Ids grow with the clock and never repeat, so a cursor kept across a simulator restart
    // still points before the events the restart recreates.
    this.lastSeq = Math.max(this.lastSeq + 1, this.world.clock().getTime() * 1000)
    this.events.push({
      seq: this.lastSeq,
      type,
      orderId: order.id,
      sellerLogin: order.sellerLogin,
      revision: order.revision,
      occurredAt,
    })
  }
}
