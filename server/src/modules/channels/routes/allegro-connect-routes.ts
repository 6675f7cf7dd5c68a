import type { FastifyInstance, FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import { randomSecret, sameSecret } from '../../../platform/crypto/secrets.js'
import { badRequest } from '../../../platform/http/errors.js'
import { scopeOf } from '../../../platform/http/request-context.js'
import { errorResponses, Uuid } from '../../../platform/http/schema-types.js'
import type { Runtime } from '../../../platform/runtime.js'
import {
  type AllegroApp,
  authorizationUrl,
  exchangeAuthorizationCode,
  pollDeviceFlow,
  startDeviceFlow,
} from '../allegro/allegro-oauth.js'
import { loadConnectorAccount } from '../service/connector-accounts.js'
import { patchCredentials } from '../service/credential-patch.js'

const Params = Type.Object({ id: Uuid })

/** Connecting an Allegro account: OAuth2 device flow and authorization-code flow (admins). */
export function registerAllegroConnectRoutes(app: FastifyInstance, runtime: Runtime) {
  const appOf = async (request: FastifyRequest, id: string) => {
    const account = await runtime.inWorkspace(scopeOf(request), (ctx) =>
      loadConnectorAccount(ctx, runtime.secrets, id),
    )
    const { clientId, clientSecret } = account.credentials as Record<string, string | undefined>
    if (account.kind !== 'allegro')
      throw badRequest('not_allegro', 'This is not an Allegro account.')
    if (!clientId || !clientSecret)
      throw badRequest('missing_client', 'Set the Allegro client id and secret first.')
    const allegro: AllegroApp = {
      authUrl: String(account.settings.authUrl),
      clientId,
      clientSecret,
    }
    return { account, allegro }
  }
  const saveTokens = (
    request: FastifyRequest,
    id: string,
    tokens: Record<string, unknown>,
    how: string,
  ) =>
    runtime.inWorkspace(scopeOf(request), (ctx) =>
      patchCredentials(
        ctx,
        runtime.secrets,
        id,
        { ...tokens, deviceCode: undefined, oauthState: undefined },
        { audit: how },
      ),
    )

  app.post(
    '/api/v1/channel-accounts/:id/allegro/device-flow',
    {
      config: { minRole: 'admin' },
      schema: {
        tags: ['channels'],
        summary: "Start Allegro's device flow: show the user code and link to the seller",
        params: Params,
        response: {
          200: Type.Object({
            userCode: Type.String(),
            verificationUri: Type.String(),
            verificationUriComplete: Type.String(),
            expiresIn: Type.Number(),
            interval: Type.Number(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string }
      const { allegro } = await appOf(request, id)
      const flow = await startDeviceFlow(allegro)
      await runtime.inWorkspace(scopeOf(request), (ctx) =>
        patchCredentials(ctx, runtime.secrets, id, { deviceCode: flow.deviceCode }),
      )
      const { deviceCode: _secret, ...shown } = flow
      return shown
    },
  )

  app.post(
    '/api/v1/channel-accounts/:id/allegro/device-flow/poll',
    {
      config: { minRole: 'admin' },
      schema: {
        tags: ['channels'],
        summary: 'Ask Allegro whether the seller approved; approval stores the tokens',
        params: Params,
        response: {
          200: Type.Object({ status: Type.String(), interval: Type.Optional(Type.Number()) }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string }
      const { account, allegro } = await appOf(request, id)
      const deviceCode = account.credentials.deviceCode
      if (typeof deviceCode !== 'string')
        throw badRequest('no_device_flow', 'Start the device flow first.')
      const result = await pollDeviceFlow(allegro, deviceCode)
      if (result.status === 'approved') {
        await saveTokens(request, id, { ...result.tokens }, 'device flow')
        return { status: 'approved' }
      }
      if (result.status === 'slow_down') return { status: 'pending', interval: result.interval }
      return { status: result.status }
    },
  )

  app.get(
    '/api/v1/channel-accounts/:id/allegro/authorize-url',
    {
      config: { minRole: 'admin' },
      schema: {
        tags: ['channels'],
        summary: 'URL of Allegro’s consent page for the authorization-code flow',
        params: Params,
        querystring: Type.Object(
          { redirectUri: Type.String({ format: 'uri' }) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ url: Type.String() }), ...errorResponses },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string }
      const { redirectUri } = request.query as { redirectUri: string }
      const { allegro } = await appOf(request, id)
      const nonce = randomSecret(18)
      await runtime.inWorkspace(scopeOf(request), (ctx) =>
        patchCredentials(ctx, runtime.secrets, id, {
          oauthState: nonce,
          oauthRedirectUri: redirectUri,
        }),
      )
      return { url: authorizationUrl(allegro, { redirectUri, state: `${id}.${nonce}` }) }
    },
  )

  app.get(
    '/api/v1/channels/allegro/callback',
    {
      config: { minRole: 'admin' },
      schema: {
        tags: ['channels'],
        summary:
          'Where Allegro sends the seller back with a code; stores tokens and returns to Settings',
        querystring: Type.Object({
          code: Type.Optional(Type.String({ maxLength: 2000 })),
          state: Type.String({ maxLength: 200 }),
          error: Type.Optional(Type.String({ maxLength: 200 })),
        }),
        response: errorResponses,
      },
    },
    async (request, reply) => {
      const { code, state, error } = request.query as {
        code?: string
        state: string
        error?: string
      }
      const [id, nonce] = state.split('.')
      if (!id || !nonce || !/^[0-9a-f-]{36}$/.test(id))
        throw badRequest('invalid_state', 'The OAuth state is not one Aftersale issued.')
      const { account, allegro } = await appOf(request, id)
      const expected = account.credentials.oauthState
      if (typeof expected !== 'string' || !sameSecret(expected, nonce))
        throw badRequest('invalid_state', 'The OAuth state does not match; start connecting again.')
      if (error || !code) return reply.redirect(`/settings/channels?allegro=denied&account=${id}`)
      const tokens = await exchangeAuthorizationCode(allegro, {
        code,
        redirectUri: String(account.credentials.oauthRedirectUri),
      })
      await saveTokens(
        request,
        id,
        { ...tokens, oauthRedirectUri: undefined },
        'authorization code',
      )
      return reply.redirect(`/settings/channels?allegro=connected&account=${id}`)
    },
  )
}
