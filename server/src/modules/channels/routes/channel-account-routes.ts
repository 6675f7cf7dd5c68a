import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { randomSecret } from '../../../platform/crypto/secrets.js'
import { badRequest, notFound } from '../../../platform/http/errors.js'
import { scopeOf } from '../../../platform/http/request-context.js'
import { Body, errorResponses, StringEnum, Uuid } from '../../../platform/http/schema-types.js'
import type { Runtime } from '../../../platform/runtime.js'
import type { ChannelKind } from '../contract.js'
import { type ChannelAccountView, listChannelAccounts } from '../service/account-presenter.js'
import {
  type ChannelAccountInput,
  createChannelAccount,
  deleteChannelAccount,
  updateChannelAccount,
} from '../service/channel-accounts.js'
import { patchCredentials } from '../service/credential-patch.js'
import { verifyChannelAccount } from '../service/verify-account.js'
import { ChannelAccountSchema } from './schemas.js'

const Params = Type.Object({ id: Uuid })
const Minutes = Type.Unsafe<number | null>({
  type: ['integer', 'null'],
  minimum: 1,
  maximum: 43200,
})
const Editable = {
  name: Type.String({ minLength: 1, maxLength: 80 }),
  status: StringEnum(['active', 'paused']),
  settings: Type.Record(Type.String(), Type.Unknown()),
  credentials: Type.Record(Type.String(), Type.String({ maxLength: 8192 })),
  slaFirstResponseMinutes: Minutes,
  slaNextResponseMinutes: Minutes,
  slaClock: StringEnum(['24/7', 'working_time']),
  slaCalendar: StringEnum(['workspace', 'marketplace']),
  assignmentMode: StringEnum(['manual', 'round_robin', 'load_based']),
  teamId: Type.Unsafe<string | null>({ type: ['string', 'null'], format: 'uuid' }),
}
const optional = Object.fromEntries(
  Object.entries(Editable).map(([k, v]) => [k, Type.Optional(v)]),
) as { [K in keyof typeof Editable]: ReturnType<typeof Type.Optional<(typeof Editable)[K]>> }

/** Settings → Channels: channel accounts, their credentials, SLA and assignment (admins). */
export function registerChannelAccountRoutes(app: FastifyInstance, runtime: Runtime) {
  const one = async (
    request: Parameters<typeof scopeOf>[0],
    id: string,
  ): Promise<ChannelAccountView> => {
    const [view] = await runtime.inWorkspace(scopeOf(request), (ctx) =>
      listChannelAccounts(ctx, runtime.secrets, { id }),
    )
    if (!view) throw notFound('The channel account')
    return view
  }
  app.get(
    '/api/v1/channel-accounts',
    {
      schema: {
        tags: ['channels'],
        summary: 'Channel accounts with sync health (credentials are never returned)',
        response: {
          200: Type.Object({ items: Type.Array(ChannelAccountSchema) }),
          ...errorResponses,
        },
      },
    },
    async (request) => ({
      items: await runtime.inWorkspace(scopeOf(request), (ctx) =>
        listChannelAccounts(ctx, runtime.secrets),
      ),
    }),
  )
  app.post(
    '/api/v1/channel-accounts',
    {
      config: { minRole: 'admin' },
      schema: {
        tags: ['channels'],
        summary: 'Add a channel account (e-mail, Allegro or web chat)',
        body: Body({
          kind: StringEnum(['email', 'allegro', 'widget']),
          ...optional,
          name: Editable.name,
        }),
        response: { 201: ChannelAccountSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { kind, ...input } = request.body as ChannelAccountInput & {
        kind: ChannelKind
        name: string
      }
      const id = await runtime.inWorkspace(scopeOf(request), (ctx) =>
        createChannelAccount(ctx, runtime.secrets, kind, input),
      )
      return reply.status(201).send(await one(request, id))
    },
  )
  app.patch(
    '/api/v1/channel-accounts/:id',
    {
      config: { minRole: 'admin' },
      schema: {
        tags: ['channels'],
        summary: 'Change an account; credentials merge (an empty string removes one)',
        params: Params,
        body: Body(optional),
        response: { 200: ChannelAccountSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string }
      await runtime.inWorkspace(scopeOf(request), (ctx) =>
        updateChannelAccount(ctx, runtime.secrets, id, request.body as ChannelAccountInput),
      )
      return one(request, id)
    },
  )
  app.delete(
    '/api/v1/channel-accounts/:id',
    {
      config: { minRole: 'admin' },
      schema: {
        tags: ['channels'],
        summary: 'Remove an account (its conversations stay)',
        params: Params,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string }
      await runtime.inWorkspace(scopeOf(request), (ctx) => deleteChannelAccount(ctx, id))
      return reply.status(204).send()
    },
  )
  app.post(
    '/api/v1/channel-accounts/:id/test',
    {
      config: { minRole: 'admin' },
      schema: {
        tags: ['channels'],
        summary: 'Check credentials and reachability',
        params: Params,
        response: { 200: Type.Object({ ok: Type.Boolean() }), ...errorResponses },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string }
      await verifyChannelAccount(runtime, scopeOf(request), id)
      return { ok: true }
    },
  )
  app.post(
    '/api/v1/channel-accounts/:id/widget/identity-secret',
    {
      config: { minRole: 'admin' },
      schema: {
        tags: ['channels'],
        summary:
          'Make a new identity-verification secret for a web chat; shown only in this answer',
        params: Params,
        response: { 200: Type.Object({ identitySecret: Type.String() }), ...errorResponses },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string }
      const account = await one(request, id)
      if (account.kind !== 'widget')
        throw badRequest('not_widget', 'Only web chat accounts have an identity secret.')
      const identitySecret = randomSecret(32)
      // Rotating ends visitor sessions signed with the old secret; the shop must use the new one.
      await runtime.inWorkspace(scopeOf(request), (ctx) =>
        patchCredentials(
          ctx,
          runtime.secrets,
          id,
          { identitySecret },
          { audit: 'identity secret rotated' },
        ),
      )
      return { identitySecret }
    },
  )
}
