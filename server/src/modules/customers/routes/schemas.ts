import { Type } from 'typebox'
import { NullableString, StringEnum } from '../../../platform/http/schema-types.js'
import { SEGMENTS } from '../rules/segments.js'

/** A tag as responses show it. */
export const TagSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  color: Type.String(),
})
/** A marketing consent purpose. */
export const PurposeSchema = StringEnum(['marketing_email', 'marketing_sms'])
/** A segment id. */
export const SegmentSchema = StringEnum(SEGMENTS)

/** One identity of a customer. */
export const IdentitySchema = Type.Object({
  kind: Type.String(),
  externalId: Type.String(),
  createdAt: Type.String(),
})

/** An internal note about a customer. */
export const NoteSchema = Type.Object({
  id: Type.String(),
  authorId: NullableString(),
  authorLabel: Type.String(),
  text: Type.String(),
  createdAt: Type.String(),
})

/** One consent record. */
export const ConsentSchema = Type.Object({
  id: Type.String(),
  purpose: PurposeSchema,
  granted: Type.Boolean(),
  source: Type.String(),
  recordedBy: Type.String(),
  recordedAt: Type.String(),
})

/** A likely duplicate as seen from one customer. */
export const SuggestionSchema = Type.Object({
  candidate: Type.Object({
    id: Type.String(),
    name: NullableString(),
    email: NullableString(),
    phone: NullableString(),
  }),
  confidence: Type.Number(),
  reasons: Type.Array(
    Type.Object({ code: Type.String(), detail: Type.String(), weight: Type.Number() }),
  ),
  createdAt: Type.String(),
})

const MetricsSchema = Type.Object({
  ordersCount: Type.Integer(),
  lifetimeValueMinor: Type.Number(),
  currency: NullableString(),
  firstOrderAt: NullableString(),
  lastOrderAt: NullableString(),
  openComplaints: Type.Integer(),
  complaints90d: Type.Integer(),
  negativeReviews: Type.Integer(),
  lastNegativeSentimentAt: NullableString(),
})

/** The customer page. */
export const ProfileSchema = Type.Object({
  id: Type.String(),
  name: NullableString(),
  email: NullableString(),
  phone: NullableString(),
  locale: NullableString(),
  attributes: Type.Record(Type.String(), Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  mergedIntoId: NullableString(),
  erasedAt: NullableString(),
  segments: Type.Array(SegmentSchema),
  segmentsAt: NullableString(),
  metrics: MetricsSchema,
  identities: Type.Array(IdentitySchema),
  tags: Type.Array(TagSchema),
  notes: Type.Array(NoteSchema),
  consents: Type.Array(ConsentSchema),
  suggestions: Type.Array(SuggestionSchema),
  merges: Type.Array(
    Type.Object({
      id: Type.String(),
      sourceId: Type.String(),
      sourceName: NullableString(),
      mergedAt: Type.String(),
      mergedBy: Type.String(),
    }),
  ),
})

/** One row of the customer list. */
export const ListItemSchema = Type.Object({
  id: Type.String(),
  name: NullableString(),
  email: NullableString(),
  phone: NullableString(),
  locale: NullableString(),
  segments: Type.Array(SegmentSchema),
  ordersCount: Type.Integer(),
  lifetimeValueMinor: Type.Number(),
  currency: NullableString(),
  lastOrderAt: NullableString(),
  mergedIntoId: NullableString(),
  erasedAt: NullableString(),
  tags: Type.Array(TagSchema),
})

/** A saved customer filter. */
export const SavedFilterSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  filter: Type.Record(Type.String(), Type.Unknown()),
  createdBy: Type.String(),
  createdAt: Type.String(),
})

/** A segment's definition with its customer count. */
export const SegmentSummarySchema = Type.Object({
  id: Type.String(),
  labelPl: Type.String(),
  labelEn: Type.String(),
  descriptionPl: Type.String(),
  descriptionEn: Type.String(),
  parameters: Type.Record(Type.String(), Type.Number()),
  customers: Type.Integer(),
})
