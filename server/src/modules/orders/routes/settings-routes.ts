import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { scopeOf } from '../../../platform/http/request-context.js'
import {
  Body,
  errorResponses,
  NullableString,
  StringEnum,
} from '../../../platform/http/schema-types.js'
import type { Runtime } from '../../../platform/runtime.js'
import { CARRIER_CODES } from '../contract.js'
import { loadOrderSettings, type OrderSettings } from '../service/settings/order-settings.js'
import {
  type OrderSettingsPatch,
  updateOrderSettings,
} from '../service/settings/update-order-settings.js'
import { AnyObject } from './order-schemas.js'

const Time = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' })
const KINDS = [
  'order_received',
  'shipped',
  'out_for_delivery',
  'delivered',
  'delay_notice',
] as const

const Patch = Body({
  shipByWarningHours: Type.Optional(Type.Integer({ minimum: 1, maximum: 168 })),
  noScanDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 30 })),
  proactiveMessages: Type.Optional(Type.Boolean()),
  notifyEmail: Type.Optional(Type.Boolean()),
  notifySms: Type.Optional(Type.Boolean()),
  notifyKinds: Type.Optional(Type.Array(StringEnum(KINDS), { uniqueItems: true })),
  quietStart: Type.Optional(Time),
  quietEnd: Type.Optional(Time),
  shopName: Type.Optional(NullableString()),
  accentColor: Type.Optional(Type.String({ pattern: '^#[0-9a-fA-F]{6}$' })),
  logoUrl: Type.Optional(NullableString({ format: 'uri' })),
  replyToEmail: Type.Optional(NullableString({ format: 'email' })),
  emailAccountId: Type.Optional(NullableString({ format: 'uuid' })),
  smsApiUrl: Type.Optional(NullableString({ format: 'uri' })),
  smsSenderName: Type.Optional(
    Type.Union([Type.String({ pattern: '^[A-Za-z0-9 .-]{1,11}$' }), Type.Null()]),
  ),
  smsToken: Type.Optional(
    Type.Union([Type.String({ minLength: 10, maxLength: 200 }), Type.Null()]),
  ),
  carrierSettings: Type.Optional(
    Type.Record(
      StringEnum(CARRIER_CODES),
      Type.Object(
        { apiUrl: Type.Optional(Type.String({ format: 'uri' })) },
        { additionalProperties: false },
      ),
    ),
  ),
})

/** The settings as the API shows them: secrets are only said to be set. */
function present(settings: OrderSettings) {
  const { smsTokenSealed, workspaceId: _ws, ...rest } = settings
  return { ...rest, smsTokenSet: smsTokenSealed !== null }
}

/** Order notifications, alerts, branding and carrier settings. */
export function registerOrderSettingsRoutes(app: FastifyInstance, runtime: Runtime) {
  app.get(
    '/api/v1/order-settings',
    {
      schema: {
        tags: ['orders'],
        summary: 'Order notification, alert and branding settings',
        response: { 200: AnyObject, ...errorResponses },
      },
    },
    async (request) =>
      present(await runtime.inWorkspace(scopeOf(request), (ctx) => loadOrderSettings(ctx))),
  )
  app.put(
    '/api/v1/order-settings',
    {
      config: { minRole: 'admin' },
      schema: {
        tags: ['orders'],
        summary: 'Change order settings (fields left out stay as they are)',
        body: Patch,
        response: { 200: AnyObject, ...errorResponses },
      },
    },
    async (request) =>
      present(
        await runtime.inWorkspace(scopeOf(request), (ctx) =>
          updateOrderSettings(ctx, runtime.secrets, request.body as OrderSettingsPatch),
        ),
      ),
  )
}
