import type {
  Marketplace,
  NormalizedOrder,
  NormalizedOrderItem,
  NormalizedShipment,
  OrderStatus,
  PostalAddress,
} from '../../contract.js'
import type { ImportRowError } from '../../tables.js'
import { carrierFromName } from '../carriers/index.js'
import { CsvCells } from './csv-cells.js'
import type { OrderCsvColumn } from './csv-columns.js'
import type { CsvHeader } from './map-csv-header.js'
import { currencyDigits, parseMinorAmount } from './parse-amount.js'
import { parseCsvDateTime } from './parse-date-time.js'
import {
  parseCountryCode,
  parseCurrencyCode,
  parseEmail,
  parseLocale,
  parseMarketplace,
  parseOrderStatus,
  parsePhone,
  parseProductFlags,
  parseWholeNumber,
} from './parse-order-values.js'

/** The order-level facts of an order, read from its first line. */
export type OrderHead = Omit<NormalizedOrder, 'items' | 'shipments'> & { currencyDigits: number }

/** One order line's item and the parcel it names, if any. */
export interface OrderLine {
  item: NormalizedOrderItem
  shipment: NormalizedShipment | null
}

const MAX_QUANTITY = 1_000_000
const DEFAULT_DIGITS = 2

/** Reads order lines of one file: the grouping key, the order's head and each line's item. */
export class OrderLineReader {
  private readonly cells: CsvCells<OrderCsvColumn>

  constructor(
    header: CsvHeader<OrderCsvColumn>,
    private readonly timeZone: string,
  ) {
    this.cells = new CsvCells(header)
  }

  /** The order a line belongs to: external_id, else order_number; '' when both are empty. */
  keyOf(fields: readonly string[]): string {
    const cells = this.cells.at(fields, 0, [])
    return cells.text('external_id') || cells.text('order_number')
  }

  /** The order-level columns of an order's first line, or null when any is refused. */
  readHead(fields: readonly string[], line: number, errors: ImportRowError[]): OrderHead | null {
    const c = this.cells.at(fields, line, errors)
    const before = errors.length
    const number = c.required('order_number', 100)
    const externalId = c.optional('external_id', 200) ?? number
    const marketplace = c.parse('marketplace', parseMarketplace) ?? ('shop' as Marketplace)
    const date = (column: OrderCsvColumn, dateOnly: 'start' | 'end' = 'start') =>
      c.parse(column, (text) => parseCsvDateTime(text, this.timeZone, dateOnly))
    const placedAt = c.text('placed_at') === '' ? c.required('placed_at') : date('placed_at')
    const paidAt = date('paid_at')
    const shipBy = date('ship_by', 'end')
    const deliveredAt = date('delivered_at')
    const status =
      c.parse('status', parseOrderStatus) ??
      ((deliveredAt ? 'delivered' : paidAt ? 'paid' : 'placed') as OrderStatus)
    const currency = c.parse('currency', (t) => parseCurrencyCode(t, currencyDigits)) ?? 'PLN'
    const digits = currencyDigits(currency) ?? DEFAULT_DIGITS
    const shippingMinor = c.parse('shipping_price', (t) => parseMinorAmount(t, digits))
    const buyer = {
      name: c.optional('buyer_name'),
      email: c.parse('buyer_email', parseEmail),
      phone: c.parse('buyer_phone', parsePhone),
      login: c.optional('buyer_login', 200),
      locale: c.parse('locale', parseLocale),
    }
    const shippingAddress = this.address(c)
    const invoiceNumber = c.optional('invoice_number', 100)
    if (errors.length > before) return null
    return {
      source: 'csv',
      externalId: externalId as string,
      number: number as string,
      marketplace,
      buyer: {
        name: buyer.name ?? shippingAddress?.name ?? null,
        email: buyer.email ?? null,
        phone: buyer.phone ?? null,
        login: buyer.login ?? null,
        locale: buyer.locale ?? null,
      },
      shippingAddress,
      currency,
      currencyDigits: digits,
      shippingMinor: shippingMinor ?? 0,
      status,
      placedAt: placedAt as Date,
      paidAt: paidAt ?? null,
      shipBy: shipBy ?? null,
      deliveredAt: deliveredAt ?? null,
      invoiceNumber: invoiceNumber ?? null,
    }
  }

  /** A line's item (prices in the order's currency) and parcel, or null when refused. */
  readLine(
    fields: readonly string[],
    line: number,
    digits: number,
    errors: ImportRowError[],
  ): OrderLine | null {
    const c = this.cells.at(fields, line, errors)
    const before = errors.length
    const name = c.required('item_name')
    const sku = c.optional('item_sku', 100)
    const quantity = c.parse('item_quantity', (t) => parseWholeNumber(t, 1, MAX_QUANTITY)) ?? 1
    const unitPriceMinor =
      c.text('item_unit_price') === ''
        ? c.required('item_unit_price')
        : c.parse('item_unit_price', (t) => parseMinorAmount(t, digits))
    const flags = c.parse('item_flags', parseProductFlags)
    const trackingNumber = c.text('tracking_number').replace(/\s+/g, '').toUpperCase()
    if (trackingNumber !== '' && (trackingNumber.length < 4 || trackingNumber.length > 60))
      c.refuse('tracking_number', `"${c.text('tracking_number')}" is not a tracking number`)
    if (errors.length > before) return null
    return {
      item: {
        sku: sku ?? null,
        name: name as string,
        quantity,
        unitPriceMinor: unitPriceMinor as number,
        flags: flags ?? [],
      },
      shipment: trackingNumber
        ? { carrier: carrierFromName(c.text('carrier')), trackingNumber }
        : null,
    }
  }

  private address(c: CsvCells<OrderCsvColumn>): PostalAddress | null {
    const name = c.optional('ship_name')
    const street = c.optional('ship_street')
    const city = c.optional('ship_city', 200)
    const postCode = c.optional('ship_post_code', 20)
    const country = c.parse('ship_country', parseCountryCode)
    if (!name && !street && !city && !postCode && !country) return null
    return {
      name: name ?? null,
      street: street ?? null,
      city: city ?? null,
      postCode: postCode ?? null,
      countryCode: country ?? 'PL',
    }
  }
}
