import { AllegroOAuthError } from './allegro-errors.js'

/** The registered application and the authorization server it talks to. */
export interface AllegroApp {
  /** `https://allegro.pl`, `https://allegro.pl.allegrosandbox.pl` or the simulator's URL. */
  authUrl: string
  clientId: string
  clientSecret: string
}

/** Tokens in the shape Aftersale stores them. */
export interface AllegroTokenSet {
  accessToken: string
  refreshToken: string
  accessTokenExpiresAt: string
  scope: string | null
}

/** The device-authorization answer: show `userCode` and `verificationUriComplete` to the seller. */
export interface DeviceAuthorization {
  deviceCode: string
  userCode: string
  verificationUri: string
  verificationUriComplete: string
  /** Seconds the codes live, and the minimum seconds between polls. */
  expiresIn: number
  interval: number
}

/** Where a device-flow poll stands (RFC 8628 §3.5). */
export type DevicePollResult =
  | { status: 'pending' }
  | { status: 'slow_down'; interval: number }
  | { status: 'approved'; tokens: AllegroTokenSet }
  | { status: 'denied' }
  | { status: 'expired' }

const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code'
const TIMEOUT_MS = 30_000

const trimSlash = (url: string) => url.replace(/\/+$/, '')
const basic = (app: AllegroApp) =>
  `Basic ${Buffer.from(`${app.clientId}:${app.clientSecret}`).toString('base64')}`

/** POSTs a form to an OAuth endpoint with HTTP Basic client authentication. */
async function oauthPost(app: AllegroApp, path: string, form: Record<string, string>) {
  const response = await fetch(`${trimSlash(app.authUrl)}${path}`, {
    method: 'POST',
    headers: {
      authorization: basic(app),
      accept: 'application/json',
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams(form).toString(),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  })
  const text = await response.text()
  let body: Record<string, unknown> = {}
  try {
    body = JSON.parse(text) as Record<string, unknown>
  } catch {
    // Gateways answer HTML on 5xx; keep the status and a snippet.
  }
  if (!response.ok) {
    const error = typeof body.error === 'string' ? body.error : 'server_error'
    const description =
      typeof body.error_description === 'string'
        ? body.error_description
        : text.slice(0, 200) || null
    throw new AllegroOAuthError(response.status, error, description)
  }
  return body
}

/** Converts a token response (`expires_in` in seconds) to stored tokens. */
function tokenSet(body: Record<string, unknown>, now = Date.now()): AllegroTokenSet {
  const { access_token, refresh_token, expires_in, scope } = body
  if (typeof access_token !== 'string' || typeof refresh_token !== 'string') {
    throw new AllegroOAuthError(502, 'invalid_response', 'token response without tokens')
  }
  const seconds = Number(expires_in)
  return {
    accessToken: access_token,
    refreshToken: refresh_token,
    accessTokenExpiresAt: new Date(
      now + (Number.isFinite(seconds) ? seconds : 0) * 1000,
    ).toISOString(),
    scope: typeof scope === 'string' ? scope : null,
  }
}

/** The URL to send the seller to for the authorization-code flow. */
export function authorizationUrl(
  app: Pick<AllegroApp, 'authUrl' | 'clientId'>,
  options: { redirectUri: string; state?: string; scope?: string[]; prompt?: 'confirm' | 'none' },
): string {
  const url = new URL(`${trimSlash(app.authUrl)}/auth/oauth/authorize`)
  url.searchParams.set('response_type', 'code')
  url.searchParams.set('client_id', app.clientId)
  url.searchParams.set('redirect_uri', options.redirectUri)
  if (options.state) url.searchParams.set('state', options.state)
  if (options.scope?.length) url.searchParams.set('scope', options.scope.join(' '))
  if (options.prompt) url.searchParams.set('prompt', options.prompt)
  return url.toString()
}

/** Trades the `code` from the redirect for tokens; throws AllegroOAuthError when refused. */
export async function exchangeAuthorizationCode(
  app: AllegroApp,
  input: { code: string; redirectUri: string },
): Promise<AllegroTokenSet> {
  const form = {
    grant_type: 'authorization_code',
    code: input.code,
    redirect_uri: input.redirectUri,
  }
  return tokenSet(await oauthPost(app, '/auth/oauth/token', form))
}

/** Starts the device flow; Allegro answers numbers as strings, so both are read. */
export async function startDeviceFlow(app: AllegroApp): Promise<DeviceAuthorization> {
  const body = await oauthPost(app, '/auth/oauth/device', { client_id: app.clientId })
  return {
    deviceCode: String(body.device_code),
    userCode: String(body.user_code),
    verificationUri: String(body.verification_uri),
    verificationUriComplete: String(body.verification_uri_complete ?? body.verification_uri),
    expiresIn: Number(body.expires_in),
    interval: Number(body.interval ?? 5),
  }
}

/** Polls once; call again after `interval` seconds while pending (plus 5 s after slow_down). */
export async function pollDeviceFlow(
  app: AllegroApp,
  deviceCode: string,
  interval = 5,
): Promise<DevicePollResult> {
  try {
    const body = await oauthPost(app, '/auth/oauth/token', {
      grant_type: DEVICE_GRANT,
      device_code: deviceCode,
    })
    return { status: 'approved', tokens: tokenSet(body) }
  } catch (error) {
    if (!(error instanceof AllegroOAuthError) || error.status >= 500) throw error
    if (error.error === 'authorization_pending') return { status: 'pending' }
    if (error.error === 'slow_down') return { status: 'slow_down', interval: interval + 5 }
    if (error.error === 'access_denied') return { status: 'denied' }
    if (error.error === 'expired_token' || error.error === 'invalid_grant')
      return { status: 'expired' }
    throw error
  }
}

/** Gets a new token pair; the old refresh token may stop working, so store the new one at once. */
export async function refreshAccessToken(
  app: AllegroApp,
  refreshToken: string,
): Promise<AllegroTokenSet> {
  const form = { grant_type: 'refresh_token', refresh_token: refreshToken }
  return tokenSet(await oauthPost(app, '/auth/oauth/token', form))
}
