import { Type } from 'typebox'
import { StringEnum, Uuid } from '../../../platform/http/schema-types.js'
import { RETURN_REASONS } from '../service/case-input.js'

const Note = Type.Optional(Type.String({ maxLength: 2000 }))
const REMEDIES = ['repair', 'replacement', 'price_reduction', 'withdrawal'] as const
const CONDITIONS = ['as_new', 'used', 'damaged', 'defective', 'missing'] as const
const METHODS = ['original_payment', 'bank_transfer', 'marketplace', 'voucher'] as const
const strict = { additionalProperties: false }

/** Any JSON object (responses described in docs/api-returns.md). */
export const AnyObject = Type.Object({}, { additionalProperties: true })

/** A new case as an agent opens it. */
export const NewCaseSchema = Type.Object(
  {
    kind: StringEnum(['withdrawal', 'complaint']),
    orderId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    conversationId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    buyerType: Type.Optional(StringEnum(['consumer', 'sole_trader', 'business'])),
    buyerName: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
    buyerEmail: Type.Optional(
      Type.Union([Type.String({ format: 'email', maxLength: 320 }), Type.Null()]),
    ),
    language: Type.Optional(StringEnum(['pl', 'en', 'de'])),
    reasonCode: StringEnum(RETURN_REASONS),
    description: Type.Optional(Type.String({ maxLength: 5000 })),
    requestedRemedy: Type.Optional(Type.Union([StringEnum(REMEDIES), Type.Null()])),
    requestedAt: Type.Optional(Type.String({ format: 'date-time' })),
    informedOfWithdrawalRight: Type.Optional(Type.Boolean()),
    items: Type.Array(
      Type.Object(
        {
          orderItemId: Type.Optional(Type.Union([Uuid, Type.Null()])),
          sku: Type.Optional(Type.Union([Type.String({ maxLength: 100 }), Type.Null()])),
          name: Type.Optional(Type.Union([Type.String({ maxLength: 500 }), Type.Null()])),
          quantity: Type.Integer({ minimum: 1, maximum: 10000 }),
          unitPriceMinor: Type.Optional(Type.Union([Type.Integer({ minimum: 0 }), Type.Null()])),
          unsealed: Type.Optional(Type.Boolean()),
        },
        strict,
      ),
      { minItems: 1, maxItems: 200 },
    ),
  },
  strict,
)

/** One workflow action (drafted, previewed, then confirmed). */
export const CaseActionSchema = Type.Union([
  Type.Object({ type: Type.Literal('request_item'), note: Note }, strict),
  Type.Object(
    {
      type: Type.Literal('receive'),
      items: Type.Array(
        Type.Object({ itemId: Uuid, quantity: Type.Integer({ minimum: 1 }) }, strict),
        {
          minItems: 1,
        },
      ),
      note: Note,
    },
    strict,
  ),
  Type.Object(
    {
      type: Type.Literal('inspect'),
      items: Type.Array(
        Type.Object(
          {
            itemId: Uuid,
            condition: StringEnum(CONDITIONS),
            deductionMinor: Type.Optional(Type.Integer({ minimum: 0 })),
          },
          strict,
        ),
        { minItems: 1 },
      ),
      note: Note,
    },
    strict,
  ),
  Type.Object(
    {
      type: Type.Literal('accept'),
      remedy: Type.Optional(StringEnum(REMEDIES)),
      priceReductionMinor: Type.Optional(Type.Integer({ minimum: 1 })),
      note: Note,
    },
    strict,
  ),
  Type.Object(
    {
      type: Type.Literal('refuse'),
      grounds: Type.Array(Type.String({ maxLength: 60 }), { maxItems: 20 }),
      justification: Type.String({ maxLength: 5000 }),
      note: Note,
    },
    strict,
  ),
  Type.Object(
    {
      type: Type.Literal('refund'),
      method: StringEnum(METHODS),
      amountMinor: Type.Optional(Type.Integer({ minimum: 1 })),
      paid: Type.Optional(Type.Boolean()),
      note: Note,
    },
    strict,
  ),
  Type.Object({ type: Type.Literal('mark_refund_done'), refundId: Uuid, note: Note }, strict),
  Type.Object({ type: Type.Literal('replacement'), note: Note }, strict),
  Type.Object({ type: Type.Literal('repair'), note: Note }, strict),
])

/** The body of an action preview or confirmation. */
export const ActionBodySchema = Type.Object(
  { action: CaseActionSchema, expectedVersion: Type.Optional(Type.Integer({ minimum: 1 })) },
  strict,
)

/** The cases list's filters. */
export const CaseListQuery = Type.Object({
  view: Type.Optional(StringEnum(['open', 'due', 'closed', 'all'])),
  kind: Type.Optional(StringEnum(['withdrawal', 'complaint'])),
  source: Type.Optional(StringEnum(['agent', 'portal', 'allegro_return', 'allegro_issue'])),
  q: Type.Optional(Type.String({ maxLength: 200 })),
  orderId: Type.Optional(Uuid),
  conversationId: Type.Optional(Uuid),
  customerId: Type.Optional(Uuid),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
})
