import { Type } from 'typebox'
import { NullableString, StringEnum } from '../../../platform/http/schema-types.js'

const Nullable = <T extends object>(properties: T) =>
  Type.Unsafe<{ [K in keyof T]: unknown } | null>({
    type: ['object', 'null'],
    properties,
  })
const Ref = Nullable({ id: Type.String(), name: Type.String() })
const TagSchema = Type.Object({ id: Type.String(), name: Type.String(), color: Type.String() })

export const StatusSchema = StringEnum(['open', 'pending', 'snoozed', 'resolved'])
export const PrioritySchema = StringEnum(['low', 'normal', 'high', 'urgent'])

export const ConversationItemSchema = Type.Object({
  id: Type.String(),
  number: Type.Integer(),
  subject: NullableString(),
  preview: Type.String(),
  status: StatusSchema,
  snoozedUntil: NullableString(),
  priority: PrioritySchema,
  channel: Type.Object({ id: Type.String(), kind: Type.String(), name: Type.String() }),
  customer: Nullable({ id: Type.String(), name: NullableString(), email: NullableString() }),
  assignee: Ref,
  team: Ref,
  tags: Type.Array(TagSchema),
  orderNumber: NullableString(),
  waitingSince: NullableString(),
  firstReplyAt: NullableString(),
  lastMessageAt: Type.String(),
  messageCount: Type.Integer(),
  sla: Type.Object({
    state: StringEnum(['none', 'ok', 'at_risk', 'breached']),
    dueAt: NullableString(),
    atRiskAt: NullableString(),
    firstResponseDueAt: NullableString(),
    nextResponseDueAt: NullableString(),
  }),
  mergedIntoId: NullableString(),
})

export const ConversationDetailSchema = Type.Object({
  ...ConversationItemSchema.properties,
  customerPanel: Type.Unsafe<unknown>({ type: ['object', 'null'], additionalProperties: true }),
  abilities: Type.Object({
    reply: Type.Boolean(),
    note: Type.Boolean(),
    assign: Type.Boolean(),
    resolve: Type.Boolean(),
    merge: Type.Boolean(),
  }),
})

export const MessageSchema = Type.Object({
  id: Type.String(),
  kind: StringEnum(['message', 'note']),
  direction: StringEnum(['inbound', 'outbound']),
  authorType: Type.String(),
  author: Type.Object({ id: NullableString(), name: NullableString() }),
  subject: NullableString(),
  text: Type.String(),
  html: NullableString(),
  sentAt: Type.String(),
  deliveryStatus: Type.String(),
  deliveryError: NullableString(),
  automated: Type.Boolean(),
  mentions: Type.Array(Type.String()),
  attachments: Type.Array(
    Type.Object({
      id: Type.String(),
      filename: Type.String(),
      contentType: Type.String(),
      size: Type.Number(),
      url: NullableString(),
      refusedReason: NullableString(),
    }),
  ),
})

export const UploadSchema = Type.Object({
  fileKey: Type.String({ maxLength: 200 }),
  filename: Type.String({ minLength: 1, maxLength: 255 }),
  contentType: Type.String({ minLength: 3, maxLength: 255 }),
  size: Type.Integer({ minimum: 0 }),
})
