import { amountOf, hundredthsOf } from './sim-order-money.js'
import type { SimLineItem, SimOrder, SimOrderEvent, SimShipment } from './sim-order-records.js'

const HOUR = 3_600_000
const iso = (date: Date) => date.toISOString()

/** The buyer in the spec's `CheckoutFormBuyerReference` shape. */
function presentBuyer(order: SimOrder) {
  const { buyer } = order
  return {
    id: buyer.id,
    email: buyer.email,
    login: buyer.login,
    firstName: buyer.firstName,
    lastName: buyer.lastName,
    companyName: buyer.companyName,
    guest: false,
    phoneNumber: buyer.phoneNumber,
    preferences: { language: buyer.language },
    address: buyer.address,
  }
}

/** A line item as `OrderLineItem` (events) or, with `full`, `CheckoutFormLineItem`. */
function presentLineItem(item: SimLineItem, currency: string, full: boolean) {
  const base = {
    id: item.id,
    offer: {
      id: item.offerId,
      name: item.name,
      external: item.externalId ? { id: item.externalId } : null,
    },
    quantity: item.quantity,
    originalPrice: { amount: item.originalPrice, currency },
    price: { amount: item.price, currency },
    boughtAt: iso(item.boughtAt),
  }
  if (!full) return base
  return { ...base, selectedAdditionalServices: [], vouchers: [], discounts: [] }
}

/** How many line items carry a tracking number (spec `lineItemsSent`). */
export function lineItemsSent(order: SimOrder): 'NONE' | 'SOME' | 'ALL' {
  const sent = new Set(order.shipments.flatMap((s) => s.lineItemIds))
  if (sent.size === 0) return 'NONE'
  return order.lineItems.every((item) => sent.has(item.id)) ? 'ALL' : 'SOME'
}

/** The amount the buyer pays: items times quantities plus delivery. */
export function totalToPay(order: SimOrder): string {
  const items = order.lineItems.reduce(
    (sum, item) => sum + hundredthsOf(item.price) * item.quantity,
    0,
  )
  return amountOf(items + hundredthsOf(order.delivery.cost))
}

/** A checkout form in the spec's `CheckoutForm` shape. */
export function presentCheckoutForm(order: SimOrder) {
  const { delivery, invoice, currency } = order
  const { receiver } = delivery
  const total = { amount: totalToPay(order), currency }
  return {
    id: order.id,
    ...(order.messageToSeller ? { messageToSeller: order.messageToSeller } : {}),
    buyer: presentBuyer(order),
    payment: {
      id: order.payment.id,
      type: order.payment.type,
      provider: order.payment.type === 'ONLINE' ? 'P24' : 'OFFLINE',
      finishedAt: order.payment.finishedAt ? iso(order.payment.finishedAt) : null,
      paidAmount: order.payment.finishedAt ? total : null,
    },
    status: order.status,
    fulfillment: {
      status: order.fulfillmentStatus,
      shipmentSummary: { lineItemsSent: lineItemsSent(order) },
      provider: { id: 'SELLER' },
    },
    delivery: {
      address: {
        firstName: receiver.firstName,
        lastName: receiver.lastName,
        street: receiver.street,
        city: receiver.city,
        zipCode: receiver.postCode,
        countryCode: receiver.countryCode,
        companyName: null,
        phoneNumber: receiver.phoneNumber,
        modifiedAt: null,
      },
      method: { id: delivery.methodId, name: delivery.methodName },
      pickupPoint: delivery.pickupPoint && {
        id: delivery.pickupPoint.id,
        name: delivery.pickupPoint.name,
        description: delivery.pickupPoint.description,
        address: {
          street: delivery.pickupPoint.address.street,
          zipCode: delivery.pickupPoint.address.postCode,
          city: delivery.pickupPoint.address.city,
          countryCode: delivery.pickupPoint.address.countryCode,
        },
      },
      cost: { amount: delivery.cost, currency },
      time: {
        from: iso(new Date(delivery.dispatchTo.getTime() + 24 * HOUR)),
        to: iso(new Date(delivery.dispatchTo.getTime() + 48 * HOUR)),
        dispatch: { from: iso(delivery.dispatchFrom), to: iso(delivery.dispatchTo) },
      },
      smart: false,
      calculatedNumberOfPackages: 1,
    },
    invoice: {
      required: invoice.required,
      address: invoice.address && {
        street: invoice.address.street,
        city: invoice.address.city,
        zipCode: invoice.address.postCode,
        countryCode: invoice.address.countryCode,
        company: invoice.company && {
          name: invoice.company.name,
          ids: [{ type: 'PL_NIP', value: invoice.company.taxId }],
          vatPayerStatus: 'ACTIVE',
          taxId: invoice.company.taxId,
        },
        naturalPerson: invoice.company
          ? null
          : { firstName: order.buyer.firstName, lastName: order.buyer.lastName },
      },
      dueDate: null,
    },
    lineItems: order.lineItems.map((item) => presentLineItem(item, currency, true)),
    surcharges: [],
    marketplace: { id: order.marketplaceId },
    summary: { totalToPay: total },
    updatedAt: iso(order.updatedAt),
    revision: order.revision,
  }
}

/** A journal entry in the spec's `OrderEvent` shape. */
export function presentOrderEvent(event: SimOrderEvent, order: SimOrder, sellerId: string) {
  const buyer = presentBuyer(order)
  return {
    id: String(event.seq),
    type: event.type,
    occurredAt: iso(event.occurredAt),
    order: {
      seller: { id: sellerId },
      buyer: {
        id: buyer.id,
        email: buyer.email,
        login: buyer.login,
        guest: buyer.guest,
        preferences: buyer.preferences,
      },
      lineItems: order.lineItems.map((item) => presentLineItem(item, order.currency, false)),
      checkoutForm: { id: order.id, revision: event.revision },
      marketplace: { id: order.marketplaceId },
    },
  }
}

/** A tracking number in the spec's `CheckoutFormAddWaybillCreated` shape. */
export function presentShipment(shipment: SimShipment) {
  return {
    id: shipment.id,
    waybill: shipment.waybill,
    carrierId: shipment.carrierId,
    carrierName: shipment.carrierName,
    lineItems: shipment.lineItemIds.map((id) => ({ id })),
    createdAt: iso(shipment.createdAt),
  }
}
