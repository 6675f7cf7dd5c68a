import { Type } from 'typebox'
import { NullableString, StringEnum } from '../../../platform/http/schema-types.js'
import { CARRIER_CODES, ORDER_STATUSES, PRODUCT_FLAGS, TRACKING_STATUSES } from '../contract.js'

const Address = Type.Object(
  {
    name: Type.Optional(NullableString()),
    company: Type.Optional(NullableString()),
    street: Type.Optional(NullableString()),
    city: Type.Optional(NullableString()),
    postCode: Type.Optional(NullableString()),
    countryCode: Type.String({ pattern: '^[A-Z]{2}$' }),
    phone: Type.Optional(NullableString()),
  },
  { additionalProperties: false },
)

const Minor = Type.Integer({ minimum: 0, maximum: 1e13 })
const DateTime = Type.String({ format: 'date-time' })

/** An order as the seller's shop sends it (amounts in minor units, e.g. 4999 = 49.99 PLN). */
export const ShopOrderSchema = Type.Object(
  {
    externalId: Type.String({ minLength: 1, maxLength: 200 }),
    number: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    marketplace: Type.Optional(StringEnum(['shop', 'allegro', 'amazon', 'kaufland', 'emag'])),
    buyer: Type.Object(
      {
        name: Type.Optional(NullableString()),
        email: Type.Optional(NullableString({ format: 'email' })),
        phone: Type.Optional(NullableString()),
        customerId: Type.Optional(NullableString()),
        locale: Type.Optional(NullableString()),
      },
      { additionalProperties: false },
    ),
    shippingAddress: Type.Optional(Type.Union([Address, Type.Null()])),
    billingAddress: Type.Optional(Type.Union([Address, Type.Null()])),
    currency: Type.String({ pattern: '^[A-Z]{3}$' }),
    items: Type.Array(
      Type.Object(
        {
          externalId: Type.Optional(NullableString()),
          sku: Type.Optional(NullableString()),
          name: Type.String({ minLength: 1, maxLength: 500 }),
          quantity: Type.Integer({ minimum: 1, maximum: 100000 }),
          unitPriceMinor: Minor,
          flags: Type.Optional(Type.Array(StringEnum(PRODUCT_FLAGS), { uniqueItems: true })),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 500 },
    ),
    shippingMinor: Type.Optional(Minor),
    totalMinor: Type.Optional(Minor),
    status: StringEnum(ORDER_STATUSES),
    placedAt: DateTime,
    paidAt: Type.Optional(NullableString({ format: 'date-time' })),
    shipBy: Type.Optional(NullableString({ format: 'date-time' })),
    deliveredAt: Type.Optional(NullableString({ format: 'date-time' })),
    invoiceNumber: Type.Optional(NullableString()),
    shipments: Type.Optional(
      Type.Array(
        Type.Object(
          {
            trackingNumber: Type.String({ minLength: 4, maxLength: 60 }),
            carrier: Type.Optional(Type.Union([StringEnum(CARRIER_CODES), Type.Null()])),
          },
          { additionalProperties: false },
        ),
        { maxItems: 20 },
      ),
    ),
  },
  { additionalProperties: false },
)

/** Carrier events pushed by a carrier webhook or an aggregator. */
export const TrackingWebhookSchema = Type.Object(
  {
    carrier: StringEnum(CARRIER_CODES),
    trackingNumber: Type.String({ minLength: 4, maxLength: 60 }),
    expectedDeliveryAt: Type.Optional(NullableString({ format: 'date-time' })),
    events: Type.Array(
      Type.Object(
        {
          occurredAt: DateTime,
          status: Type.Optional(StringEnum(TRACKING_STATUSES)),
          rawCode: Type.String({ minLength: 1, maxLength: 100 }),
          rawDescription: Type.Optional(NullableString()),
          location: Type.Optional(NullableString()),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 200 },
    ),
  },
  { additionalProperties: false },
)

/** Any JSON object (response bodies documented in docs/api-orders.md). */
export const AnyObject = Type.Object({}, { additionalProperties: true })
