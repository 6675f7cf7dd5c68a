import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { AllegroSimState } from './allegro-sim-state.js'
import { sendAuthError } from './sim-errors.js'
import { formBody } from './sim-params.js'
import { baseUrlOf } from './sim-presenters.js'
import { SIM_SCOPES, type SimApp } from './sim-records.js'

/** Path of the device-flow approval page (Allegro's is https://allegro.pl/skojarz-aplikacje). */
export const DEVICE_PAGE_PATH = '/skojarz-aplikacje'
const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code'

/** Token-endpoint parameters: Allegro documents them in the query string; forms work too. */
function paramsOf(request: FastifyRequest): URLSearchParams {
  const params = new URLSearchParams(request.query as Record<string, string>)
  const type = request.headers['content-type'] ?? ''
  if (type.startsWith('application/x-www-form-urlencoded')) {
    for (const [key, value] of formBody(request.body)) params.set(key, value)
  }
  return params
}

/** The app authenticated by HTTP Basic, or an answered 401. */
function basicClient(state: AllegroSimState, request: FastifyRequest, reply: FastifyReply) {
  const encoded = /^Basic\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1]
  if (!encoded) {
    const description = 'Full authentication is required to access this resource'
    return void sendAuthError(reply, 401, 'unauthorized', description)
  }
  const decoded = Buffer.from(encoded, 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  const app = state.apps.get(decoded.slice(0, colon))
  if (colon < 0 || !app || app.clientSecret !== decoded.slice(colon + 1)) {
    return void sendAuthError(reply, 401, 'invalid_client', 'Bad client credentials')
  }
  return app
}

/** Registers the token and device-authorization endpoints. */
export function registerSimOAuthRoutes(
  app: FastifyInstance,
  state: AllegroSimState,
  prefix: string,
) {
  const grantError = (reply: FastifyReply, error: string, description: string) =>
    sendAuthError(reply, 400, error, description)

  app.post('/auth/oauth/device', async (request, reply) => {
    const client = basicClient(state, request, reply)
    if (!client) return
    const requested = paramsOf(request).get('client_id')
    if (requested && requested !== client.clientId) {
      return grantError(reply, 'invalid_client', 'client_id does not match the credentials')
    }
    const grant = state.tokens.startDevice(client.clientId)
    const page = `${baseUrlOf(request, prefix)}${DEVICE_PAGE_PATH}`
    return reply.type('application/json').send({
      device_code: grant.deviceCode,
      expires_in: state.config.deviceCodeTtlSeconds,
      user_code: grant.userCode,
      interval: grant.interval,
      verification_uri: page,
      verification_uri_complete: `${page}?code=${grant.userCode}`,
    })
  })

  const authorizationCode = (client: SimApp, params: URLSearchParams, reply: FastifyReply) => {
    const code = params.get('code')
    if (!code)
      return grantError(reply, 'invalid_request', 'An authorization code must be supplied.')
    const record = state.tokens.codes.get(code)
    const now = state.clock().getTime()
    if (
      !record ||
      record.used ||
      record.clientId !== client.clientId ||
      record.expiresAt.getTime() <= now
    ) {
      return grantError(reply, 'invalid_grant', `Invalid authorization code: ${code}`)
    }
    if (record.redirectUri !== params.get('redirect_uri')) {
      return grantError(reply, 'invalid_grant', 'Redirect URI mismatch.')
    }
    record.used = true
    return reply.send(state.tokens.issue(client.clientId, record.login, record.scopes))
  }

  const deviceCode = (client: SimApp, params: URLSearchParams, reply: FastifyReply) => {
    const grant = state.tokens.devices.get(params.get('device_code') ?? '')
    if (!grant || grant.clientId !== client.clientId || grant.status === 'redeemed') {
      return grantError(reply, 'invalid_grant', 'Invalid device code')
    }
    const now = state.clock().getTime()
    if (grant.expiresAt.getTime() <= now)
      return grantError(reply, 'expired_token', 'Device code expired')
    if (grant.status === 'denied') return grantError(reply, 'access_denied', 'User denied access')
    const tooSoon = grant.lastPollAt !== null && now - grant.lastPollAt < grant.interval * 1000
    grant.lastPollAt = now
    if (grant.status === 'pending' && tooSoon) {
      grant.interval += 5
      return grantError(reply, 'slow_down', 'Polling too frequently')
    }
    if (grant.status === 'pending') return grantError(reply, 'authorization_pending', 'Pending')
    grant.status = 'redeemed'
    return reply.send(state.tokens.issue(client.clientId, grant.login!, [...SIM_SCOPES]))
  }

  app.post('/auth/oauth/token', async (request, reply) => {
    const client = basicClient(state, request, reply)
    if (!client) return
    const params = paramsOf(request)
    const grantType = params.get('grant_type')
    reply.type('application/json')
    if (grantType === 'authorization_code') return authorizationCode(client, params, reply)
    if (grantType === DEVICE_GRANT) return deviceCode(client, params, reply)
    if (grantType === 'refresh_token') {
      const tokens = state.tokens.refresh(client.clientId, params.get('refresh_token') ?? '')
      if (tokens) return reply.send(tokens)
      return grantError(reply, 'invalid_grant', 'Invalid refresh token')
    }
    return grantError(reply, 'unsupported_grant_type', `Unsupported grant type: ${grantType}`)
  })
}
