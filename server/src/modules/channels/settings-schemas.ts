import { Ajv, type ErrorObject } from 'ajv'
import addFormats from 'ajv-formats'
import { Type } from 'typebox'
import { badRequest } from '../../platform/http/errors.js'
import type { ChannelKind } from './contract.js'

const Host = Type.String({ minLength: 1, maxLength: 253 })
const Port = Type.Integer({ minimum: 1, maximum: 65535 })
const Server = (extra = {}) =>
  Type.Object(
    {
      host: Host,
      port: Port,
      secure: Type.Boolean(),
      user: Type.String({ minLength: 1 }),
      ...extra,
    },
    { additionalProperties: false },
  )

/** Non-secret settings each kind of account needs, shown back to admins. */
export const SETTINGS_SCHEMAS = {
  email: Type.Object(
    {
      fromAddress: Type.String({ format: 'email' }),
      fromName: Type.Optional(Type.String({ maxLength: 120 })),
      imap: Server({
        mailbox: Type.Optional(Type.String({ minLength: 1 })),
        sentMailbox: Type.Optional(Type.String({ minLength: 1 })),
      }),
      smtp: Server(),
    },
    { additionalProperties: false },
  ),
  allegro: Type.Object(
    {
      environment: Type.Union([
        Type.Literal('production'),
        Type.Literal('sandbox'),
        Type.Literal('simulator'),
      ]),
      apiUrl: Type.String({ format: 'uri' }),
      authUrl: Type.String({ format: 'uri' }),
      sellerLogin: Type.Optional(Type.String()),
    },
    { additionalProperties: false },
  ),
  widget: Type.Object(
    {
      widgetKey: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{16,64}$' })),
      title: Type.Optional(Type.String({ maxLength: 80 })),
      greeting: Type.Optional(Type.String({ maxLength: 500 })),
      color: Type.Optional(Type.String({ pattern: '^#[0-9a-fA-F]{6}$' })),
      allowedOrigins: Type.Optional(Type.Array(Type.String({ format: 'uri' }), { maxItems: 20 })),
      fallbackEmailAccountId: Type.Optional(Type.String({ format: 'uuid' })),
    },
    { additionalProperties: false },
  ),
} satisfies Record<ChannelKind, unknown>

/** Secret fields per kind: accepted on write, stored encrypted, never returned. */
export const CREDENTIAL_FIELDS: Record<ChannelKind, string[]> = {
  email: ['imapPassword', 'smtpPassword'],
  allegro: ['clientId', 'clientSecret', 'accessToken', 'refreshToken', 'accessTokenExpiresAt'],
  widget: ['identitySecret'],
}

const ajv = new Ajv({ allErrors: true, strict: false })
addFormats.default(ajv)
const validators = Object.fromEntries(
  Object.entries(SETTINGS_SCHEMAS).map(([kind, schema]) => [kind, ajv.compile(schema)]),
) as Record<ChannelKind, ReturnType<typeof ajv.compile>>

/** Throws a 400 naming each problem when settings do not fit the account kind. */
export function assertValidSettings(kind: ChannelKind, settings: unknown): void {
  const validate = validators[kind]
  if (validate(settings)) return
  const issues = (validate.errors ?? []).map((e: ErrorObject) => ({
    path: `/settings${e.instancePath}`,
    message: e.message ?? 'is invalid',
    rule: e.keyword,
    limit: null,
  }))
  throw badRequest('invalid_settings', `Settings for a ${kind} account are invalid.`, { issues })
}

/** Throws a 400 for credential fields a kind does not know or values that are not strings. */
export function assertValidCredentials(kind: ChannelKind, credentials: Record<string, unknown>) {
  for (const [key, value] of Object.entries(credentials)) {
    if (!CREDENTIAL_FIELDS[kind].includes(key))
      throw badRequest('invalid_credentials', `A ${kind} account has no credential "${key}".`)
    if (typeof value !== 'string' || value.length > 8192)
      throw badRequest('invalid_credentials', `Credential "${key}" must be a string.`)
  }
}
