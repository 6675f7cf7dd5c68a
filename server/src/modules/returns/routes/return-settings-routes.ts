import type { FastifyInstance } from 'fastify'
import { type Static, Type } from 'typebox'
import { recordEvent } from '../../../platform/events/record-event.js'
import { scopeOf } from '../../../platform/http/request-context.js'
import { errorResponses } from '../../../platform/http/schema-types.js'
import type { Runtime } from '../../../platform/runtime.js'
import { loadReturnSettings } from '../service/return-settings.js'
import { AnyObject } from './case-schemas.js'

const Instructions = Type.Optional(Type.String({ maxLength: 4000 }))
const Programme = Type.Object(
  {
    returnDays: Type.Integer({ minimum: 14, maximum: 365 }),
    includesBusiness: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
)

/** What Settings → Returns saves. */
const SettingsBody = Type.Object(
  {
    sellerReturnDays: Type.Union([Type.Integer({ minimum: 14, maximum: 365 }), Type.Null()]),
    informsOfWithdrawalRight: Type.Boolean(),
    returnAddress: Type.Union([
      Type.Object(
        {
          name: Type.String({ minLength: 1, maxLength: 200 }),
          street: Type.String({ minLength: 1, maxLength: 200 }),
          postCode: Type.String({ minLength: 1, maxLength: 20 }),
          city: Type.String({ minLength: 1, maxLength: 100 }),
          countryCode: Type.String({ pattern: '^[A-Z]{2}$' }),
        },
        { additionalProperties: false },
      ),
      Type.Null(),
    ]),
    returnInstructions: Type.Object(
      { pl: Instructions, en: Instructions, de: Instructions },
      { additionalProperties: false },
    ),
    reminderHours: Type.Array(Type.Integer({ minimum: 1, maximum: 336 }), {
      maxItems: 5,
      uniqueItems: true,
    }),
    escalateHours: Type.Integer({ minimum: 1, maximum: 336 }),
    programmes: Type.Record(
      Type.String({ pattern: '^(allegro|amazon|kaufland|emag|shop)$' }),
      Programme,
    ),
    portalEnabled: Type.Boolean(),
  },
  { additionalProperties: false },
)

/** Settings → Returns: the voluntary window, marketplace programmes, return address, reminders. */
export function registerReturnSettingsRoutes(app: FastifyInstance, runtime: Runtime) {
  app.get(
    '/api/v1/settings/returns',
    {
      schema: {
        tags: ['returns'],
        summary: 'The return settings',
        response: { 200: AnyObject, ...errorResponses },
      },
    },
    async (request) => runtime.inWorkspace(scopeOf(request), (ctx) => loadReturnSettings(ctx)),
  )

  app.put(
    '/api/v1/settings/returns',
    {
      config: { minRole: 'admin' },
      schema: {
        tags: ['returns'],
        summary: 'Save the return settings',
        body: SettingsBody,
        response: { 200: AnyObject, ...errorResponses },
      },
    },
    async (request) => {
      const body = request.body as Static<typeof SettingsBody>
      return runtime.inWorkspace(scopeOf(request), async (ctx) => {
        const before = await loadReturnSettings(ctx)
        const values = {
          sellerReturnDays: body.sellerReturnDays,
          informsOfWithdrawalRight: body.informsOfWithdrawalRight,
          returnAddress: JSON.stringify(body.returnAddress),
          returnInstructions: JSON.stringify(body.returnInstructions),
          reminderHours: [...body.reminderHours].sort((a, b) => b - a),
          escalateHours: body.escalateHours,
          programmes: JSON.stringify(body.programmes),
          portalEnabled: body.portalEnabled,
          updatedAt: new Date(),
        }
        await ctx.trx
          .insertInto('returnSettings')
          .values({ workspaceId: ctx.workspaceId, ...values })
          .onConflict((oc) => oc.column('workspaceId').doUpdateSet(values))
          .execute()
        const changes: Record<string, { from: unknown; to: unknown }> = {}
        for (const key of Object.keys(body) as Array<keyof typeof body>)
          if (JSON.stringify(before[key]) !== JSON.stringify(body[key]))
            changes[key] = { from: before[key], to: body[key] }
        if (Object.keys(changes).length > 0)
          await recordEvent(ctx, {
            name: 'returns.settings.updated',
            entityType: 'workspace',
            entityId: ctx.workspaceId,
            changes,
          })
        return loadReturnSettings(ctx)
      })
    },
  )
}
