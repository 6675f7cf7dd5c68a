import { Type } from 'typebox'
import {
  Body,
  ErrorSchema,
  errorResponses,
  NullableString,
  StringEnum,
} from '../../../platform/http/schema-types.js'

/** Error responses of the visitor API (the shared ones plus 413 for oversized bodies). */
export const widgetErrors = { ...errorResponses, 413: ErrorSchema }

/** A widget's public key, as `settings.widgetKey` holds it. */
export const WidgetKey = Type.String({ pattern: '^[A-Za-z0-9_-]{16,64}$' })

/** Longest message a visitor may send. */
export const MAX_MESSAGE_CHARS = 5000

/** Largest body the visitor API accepts; anything bigger is a 413 before parsing. */
export const WIDGET_BODY_LIMIT = 32 * 1024

export const ConfigQuery = Type.Object({ key: WidgetKey })

export const ConfigResponse = Type.Object({
  title: NullableString(),
  greeting: NullableString(),
  color: Type.String(),
  online: Type.Boolean(),
  locale: Type.Object({
    supported: Type.Array(Type.String()),
    /** The shop's language guessed from the workspace time zone; the widget prefers the browser's. */
    shop: Type.String(),
  }),
})

export const SessionBody = Body({
  key: WidgetKey,
  name: Type.String({ minLength: 1, maxLength: 100 }),
  email: Type.String({ format: 'email', maxLength: 254 }),
  orderNumber: Type.Optional(Type.String({ maxLength: 64 })),
  identity: Type.Optional(
    Type.Object(
      {
        userId: Type.String({ minLength: 1, maxLength: 200 }),
        hash: Type.String({ maxLength: 128 }),
      },
      { additionalProperties: false },
    ),
  ),
})

export const SessionResponse = Type.Object({
  visitorToken: Type.String(),
  visitorId: Type.String(),
  expiresAt: Type.String({ format: 'date-time' }),
  online: Type.Boolean(),
})

export const VisitorMessageSchema = Type.Object({
  id: Type.String(),
  direction: StringEnum(['inbound', 'outbound']),
  authorName: NullableString(),
  text: Type.String(),
  sentAt: Type.String({ format: 'date-time' }),
  attachments: Type.Array(
    Type.Object({
      id: Type.String(),
      filename: Type.String(),
      contentType: Type.String(),
      size: Type.Number(),
    }),
  ),
})

export const MessagesQuery = Type.Object({
  after: Type.Optional(Type.String({ format: 'date-time' })),
})

export const MessagesResponse = Type.Object({
  items: Type.Array(VisitorMessageSchema),
  online: Type.Boolean(),
})

export const PostMessageBody = Body({
  text: Type.String({ minLength: 1, maxLength: MAX_MESSAGE_CHARS }),
  /** A random id the widget gives each message, so a retried POST is stored once. */
  clientId: Type.String({ pattern: '^[A-Za-z0-9_-]{8,64}$' }),
})

export const PostMessageResponse = Type.Object({ id: Type.String(), online: Type.Boolean() })

export const TypingBody = Body({ state: Type.Optional(StringEnum(['typing', 'left'])) })

export const StreamQuery = Type.Object({
  token: Type.String({ minLength: 1, maxLength: 2048 }),
  after: Type.Optional(Type.String({ format: 'date-time' })),
})
