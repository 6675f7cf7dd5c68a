import { createHash } from 'node:crypto'
import { hundredthsOf } from './sim-order-money.js'
import {
  FORM_STATUSES,
  FULFILLMENT_STATUSES,
  type SimAddress,
  type SimFormStatus,
  type SimFulfillmentStatus,
  type SimOrder,
  type SimPickupPoint,
} from './sim-order-records.js'
import { SimRequestError } from './sim-params.js'

/** One bought offer in a test or seed. */
export interface SimOrderItemInput {
  name: string
  quantity: number
  /** Unit price as Allegro writes it, e.g. `"49.99"`. */
  priceAmount: string
  /** The price before a discount; defaults to `priceAmount`. */
  originalPriceAmount?: string
  externalId?: string | null
  offerId?: string
}

/** An order a test or seed makes a buyer place; everything but who and what has a default. */
export interface SimOrderInput {
  sellerLogin: string
  buyerLogin: string
  buyer?: Partial<Omit<SimOrder['buyer'], 'id' | 'login' | 'address'>> & {
    address?: Partial<SimAddress>
  }
  items: SimOrderItemInput[]
  currency?: string
  status?: SimFormStatus
  fulfillmentStatus?: SimFulfillmentStatus
  boughtAt?: Date
  /** The ship-by deadline (`delivery.time.dispatch.to`); two days after purchase by default. */
  dispatchBy?: Date
  id?: string
  delivery?: {
    methodId?: string
    methodName?: string
    cost?: string
    pickupPoint?: SimPickupPoint | null
  }
  invoice?: {
    required: boolean
    company?: { name: string; taxId: string } | null
    address?: SimAddress
  }
  paymentType?: 'ONLINE' | 'CASH_ON_DELIVERY'
  messageToSeller?: string | null
  marketplaceId?: string
}

/** What building an order needs from the world. */
export interface SimOrderBuildContext {
  newId: () => string
  buyerId: (login: string) => string
  now: Date
}

const HOUR = 3_600_000
const hex = (value: string) => createHash('sha256').update(value).digest('hex')
const INPOST_LOCKER = {
  id: '2488f7b7-5d1c-4d65-b85c-4cbcf253fd93',
  name: 'Allegro Paczkomaty InPost',
}

/** Allegro hides the buyer's mailbox behind a relay address unique to the purchase. */
function relayEmail(buyerLogin: string, orderId: string): string {
  return `${hex(buyerLogin).slice(0, 10)}+${hex(orderId).slice(0, 4)}@allegromail.pl`
}

/** A stable 11-digit offer id, like Allegro's, derived from the seller and the offer name. */
function offerIdOf(sellerLogin: string, name: string): string {
  return String(
    10_000_000_000 +
      (Number.parseInt(hex(`${sellerLogin}:${name}`).slice(0, 10), 16) % 9_000_000_000),
  )
}

function oneOf<T extends string>(
  value: T | undefined,
  allowed: readonly T[],
  path: string,
): T | undefined {
  if (value !== undefined && !allowed.includes(value)) {
    throw new SimRequestError(400, path, `${path} must be one of ${allowed.join(', ')}`)
  }
  return value
}

/** Turns a test's or seed's order into a complete checkout form (revision left to the store). */
export function buildSimOrder(input: SimOrderInput, context: SimOrderBuildContext): SimOrder {
  if (!Array.isArray(input.items) || input.items.length === 0) {
    throw new SimRequestError(400, 'items', 'items must list at least one offer')
  }
  const status = oneOf(input.status, FORM_STATUSES, 'status') ?? 'READY_FOR_PROCESSING'
  const fulfillmentStatus =
    oneOf(input.fulfillmentStatus, FULFILLMENT_STATUSES, 'fulfillmentStatus') ?? 'NEW'
  const id = input.id ?? context.newId()
  const boughtAt = input.boughtAt ?? context.now
  const given = input.buyer ?? {}
  const address: SimAddress = {
    street: 'ul. Długa 1',
    city: 'Warszawa',
    postCode: '00-001',
    countryCode: 'PL',
    ...given.address,
  }
  const buyer = {
    id: context.buyerId(input.buyerLogin),
    login: input.buyerLogin,
    email: given.email ?? relayEmail(input.buyerLogin, id),
    firstName: given.firstName ?? 'Anna',
    lastName: given.lastName ?? 'Testowa',
    companyName: given.companyName ?? null,
    phoneNumber: given.phoneNumber ?? '500600700',
    address,
    language: given.language ?? 'pl-PL',
  }
  const lineItems = input.items.map((item, index) => {
    const path = `items[${index}]`
    if (!Number.isInteger(item.quantity) || item.quantity < 1) {
      throw new SimRequestError(400, `${path}.quantity`, 'quantity must be a positive integer')
    }
    hundredthsOf(item.priceAmount, `${path}.priceAmount`)
    const originalPrice = item.originalPriceAmount ?? item.priceAmount
    hundredthsOf(originalPrice, `${path}.originalPriceAmount`)
    return {
      id: context.newId(),
      offerId: item.offerId ?? offerIdOf(input.sellerLogin, item.name),
      name: item.name,
      externalId: item.externalId ?? null,
      quantity: item.quantity,
      price: item.priceAmount,
      originalPrice,
      boughtAt,
    }
  })
  const method = input.delivery ?? {}
  const pickupPoint =
    method.pickupPoint === undefined
      ? {
          id: 'WAW22A',
          name: 'Paczkomat WAW22A',
          description: 'Przy sklepie spożywczym',
          address: {
            street: 'ul. Marszałkowska 10',
            city: 'Warszawa',
            postCode: '00-590',
            countryCode: 'PL',
          },
        }
      : method.pickupPoint
  const cost = method.cost ?? '9.99'
  hundredthsOf(cost, 'delivery.cost')
  const paid = status === 'READY_FOR_PROCESSING'
  return {
    id,
    sellerLogin: input.sellerLogin,
    buyer,
    status,
    fulfillmentStatus,
    currency: input.currency ?? 'PLN',
    lineItems,
    delivery: {
      methodId: method.methodId ?? INPOST_LOCKER.id,
      methodName: method.methodName ?? INPOST_LOCKER.name,
      pickupPoint,
      cost,
      receiver: {
        firstName: buyer.firstName,
        lastName: buyer.lastName,
        phoneNumber: buyer.phoneNumber,
        ...address,
      },
      dispatchFrom: boughtAt,
      dispatchTo: input.dispatchBy ?? new Date(boughtAt.getTime() + 48 * HOUR),
    },
    invoice: {
      required: input.invoice?.required ?? false,
      address: input.invoice?.required ? (input.invoice.address ?? address) : null,
      company: input.invoice?.company ?? null,
    },
    payment: {
      id: context.newId(),
      type: input.paymentType ?? 'ONLINE',
      finishedAt: paid ? new Date(boughtAt.getTime() + 120_000) : null,
    },
    messageToSeller: input.messageToSeller ?? null,
    marketplaceId: input.marketplaceId ?? 'allegro-pl',
    shipments: [],
    updatedAt: boughtAt,
    version: 0,
    revision: '',
  }
}
