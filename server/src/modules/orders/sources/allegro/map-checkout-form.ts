import type { NormalizedOrder, NormalizedShipment, PostalAddress } from '../../contract.js'
import { carrierFromAllegroId } from './allegro-carriers.js'
import { minorUnitsOf } from './allegro-money.js'
import { orderStatusOfForm } from './allegro-order-status.js'
import type { AllegroAddress, AllegroCheckoutForm, AllegroShipment } from './allegro-order-types.js'

/** Which Aftersale account the form was read through. */
export interface MapCheckoutFormOptions {
  channelAccountId: string | null
}

const fullName = (first?: string | null, last?: string | null) =>
  [first, last].filter((part) => part?.trim()).join(' ') || null

const dateOrNull = (value?: string | null) => (value ? new Date(value) : null)

/** An Allegro address as ours, or null without a country (the one field we require). */
function postalAddress(
  address: AllegroAddress | null | undefined,
  extra: Pick<PostalAddress, 'name' | 'company' | 'phone'>,
): PostalAddress | null {
  if (!address?.countryCode) return null
  return {
    ...extra,
    street: address.street ?? null,
    city: address.city ?? null,
    postCode: address.zipCode ?? address.postCode ?? null,
    countryCode: address.countryCode,
  }
}

/** Where the invoice goes: its own address when the buyer asked for one, else the buyer's. */
function billingAddress(form: AllegroCheckoutForm, buyerName: string | null) {
  const invoice = form.invoice?.address
  if (form.invoice?.required && invoice) {
    const company = invoice.company?.name ?? null
    const person = fullName(invoice.naturalPerson?.firstName, invoice.naturalPerson?.lastName)
    return postalAddress(invoice, { name: company ?? person ?? buyerName, company, phone: null })
  }
  const { buyer } = form
  return postalAddress(buyer.address, {
    name: buyerName,
    company: buyer.companyName ?? null,
    phone: buyer.phoneNumber ?? null,
  })
}

/**
 * Normalises a checkout form. Shipments come from their own resource, so `shipments` is empty
 * (see mapAllegroShipments); Allegro keeps invoice numbers outside the form, so there is none.
 */
export function mapCheckoutForm(
  form: AllegroCheckoutForm,
  options: MapCheckoutFormOptions,
): NormalizedOrder {
  const { buyer, delivery } = form
  const buyerName = fullName(buyer.firstName, buyer.lastName) ?? buyer.companyName ?? null
  const receiver = delivery?.address
  const bought = form.lineItems
    .map((item) => (item.boughtAt ? Date.parse(item.boughtAt) : Number.NaN))
    .filter((time) => !Number.isNaN(time))
  const placedAt = new Date(
    bought.length > 0 ? Math.min(...bought) : Date.parse(form.updatedAt ?? ''),
  )
  if (Number.isNaN(placedAt.getTime())) throw new Error(`Checkout form ${form.id} has no dates`)
  return {
    source: 'allegro',
    externalId: form.id,
    number: form.id,
    marketplace: 'allegro',
    channelAccountId: options.channelAccountId,
    buyer: {
      name: buyerName,
      // Allegro's relay address (…@allegromail.pl): mail sent there reaches the buyer.
      email: buyer.email || null,
      phone: buyer.phoneNumber ?? receiver?.phoneNumber ?? null,
      login: buyer.login,
      locale: buyer.preferences?.language ?? null,
    },
    shippingAddress: postalAddress(receiver, {
      name: fullName(receiver?.firstName, receiver?.lastName),
      company: receiver?.companyName ?? null,
      phone: receiver?.phoneNumber ?? null,
    }),
    billingAddress: billingAddress(form, buyerName),
    currency: form.summary.totalToPay.currency,
    items: form.lineItems.map((item) => ({
      externalId: item.id,
      sku: item.offer.external?.id ?? null,
      name: item.offer.name,
      quantity: item.quantity,
      unitPriceMinor: minorUnitsOf(item.price),
    })),
    shippingMinor: delivery?.cost ? minorUnitsOf(delivery.cost) : 0,
    totalMinor: minorUnitsOf(form.summary.totalToPay),
    status: orderStatusOfForm(form),
    placedAt,
    paidAt: dateOrNull(form.payment?.finishedAt),
    shipBy: dateOrNull(delivery?.time?.dispatch?.to),
    deliveredAt: null,
    invoiceNumber: null,
    shipments: [],
  }
}

/** Allegro's tracking numbers of an order as our shipments, carriers recognised where known. */
export function mapAllegroShipments(shipments: AllegroShipment[]): NormalizedShipment[] {
  return shipments.map((shipment) => ({
    carrier: carrierFromAllegroId(shipment.carrierId, shipment.carrierName),
    trackingNumber: shipment.waybill,
  }))
}
