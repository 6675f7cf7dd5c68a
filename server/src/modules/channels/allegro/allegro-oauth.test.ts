import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningAllegroSimulator } from '../../../simulators/allegro/start-allegro-simulator.js'
import { AllegroClient } from './allegro-client.js'
import { AllegroOAuthError } from './allegro-errors.js'
import {
  type AllegroApp,
  authorizationUrl,
  exchangeAuthorizationCode,
  pollDeviceFlow,
  refreshAccessToken,
  startDeviceFlow,
} from './allegro-oauth.js'
import { startTestSimulator, TEST_APP, TEST_REDIRECT, TEST_SELLER } from './allegro-test-kit.js'

let sim: RunningAllegroSimulator
let app: AllegroApp

beforeAll(async () => {
  sim = await startTestSimulator()
  app = { authUrl: sim.url, ...TEST_APP }
})
afterAll(() => sim.close())

/** Submits the consent page's form the way a browser would after the seller clicks a button. */
async function submitConsent(pageUrl: string, decision: 'approve' | 'deny') {
  const page = await fetch(pageUrl)
  expect(page.status).toBe(200)
  const html = await page.text()
  expect(html).toContain(`value="${decision}"`)
  const fields = new URLSearchParams()
  for (const match of html.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)) {
    fields.set(match[1]!, match[2]!.replaceAll('&amp;', '&'))
  }
  fields.set('login', TEST_SELLER)
  fields.set('decision', decision)
  return fetch(pageUrl.split('?')[0]!, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: fields.toString(),
    redirect: 'manual',
  })
}

const usable = async (accessToken: string) => {
  const credentials = {
    ...TEST_APP,
    accessToken,
    refreshToken: 'x',
    accessTokenExpiresAt: '2100-01-01T00:00:00Z',
  }
  const client = new AllegroClient({ apiUrl: sim.url, credentials })
  return (await client.listThreads({ limit: 1 })).limit === 1
}

describe('Allegro OAuth: authorization code flow', () => {
  it('builds the authorize URL, approves on the consent page and exchanges the code', async () => {
    const url = authorizationUrl(app, { redirectUri: TEST_REDIRECT, state: 'csrf-123' })
    expect(url).toBe(
      `${sim.url}/auth/oauth/authorize?response_type=code&client_id=${TEST_APP.clientId}&redirect_uri=${encodeURIComponent(TEST_REDIRECT)}&state=csrf-123`,
    )
    const redirect = await submitConsent(url, 'approve')
    expect(redirect.status).toBe(302)
    const location = new URL(redirect.headers.get('location')!)
    expect(`${location.origin}${location.pathname}`).toBe(TEST_REDIRECT)
    expect(location.searchParams.get('state')).toBe('csrf-123')
    const code = location.searchParams.get('code')!
    const tokens = await exchangeAuthorizationCode(app, { code, redirectUri: TEST_REDIRECT })
    expect(tokens.accessToken.split('.')).toHaveLength(3)
    expect(Date.parse(tokens.accessTokenExpiresAt) - Date.now()).toBeGreaterThan(11 * 3600_000)
    expect(await usable(tokens.accessToken)).toBe(true)
    // A code works once.
    await expect(
      exchangeAuthorizationCode(app, { code, redirectUri: TEST_REDIRECT }),
    ).rejects.toMatchObject({
      error: 'invalid_grant',
    })
  })

  it('redirects with access_denied when the seller refuses, and refuses unknown redirect URIs', async () => {
    const denied = await submitConsent(
      authorizationUrl(app, { redirectUri: TEST_REDIRECT, state: 's' }),
      'deny',
    )
    expect(new URL(denied.headers.get('location')!).searchParams.get('error')).toBe('access_denied')
    const foreign = await fetch(authorizationUrl(app, { redirectUri: 'https://evil.example/cb' }))
    expect(foreign.status).toBe(400)
  })

  it('refuses a code sent with another redirect URI or wrong client secret', async () => {
    const redirect = await submitConsent(
      authorizationUrl(app, { redirectUri: TEST_REDIRECT }),
      'approve',
    )
    const code = new URL(redirect.headers.get('location')!).searchParams.get('code')!
    const wrongSecret = exchangeAuthorizationCode(
      { ...app, clientSecret: 'nope' },
      { code, redirectUri: TEST_REDIRECT },
    )
    await expect(wrongSecret).rejects.toMatchObject({
      status: 401,
      error: 'invalid_client',
      rejectsCredentials: true,
    })
    const otherUri = exchangeAuthorizationCode(app, {
      code,
      redirectUri: 'http://127.0.0.1:9/other',
    })
    await expect(otherUri).rejects.toBeInstanceOf(AllegroOAuthError)
  })
})

describe('Allegro OAuth: device flow', () => {
  it('is pending until the seller approves, then yields tokens', async () => {
    const device = await startDeviceFlow(app)
    expect(device.verificationUri).toBe(`${sim.url}/skojarz-aplikacje`)
    expect(device.verificationUriComplete).toBe(
      `${sim.url}/skojarz-aplikacje?code=${device.userCode}`,
    )
    expect(device.expiresIn).toBe(3600)
    expect(await pollDeviceFlow(app, device.deviceCode)).toEqual({ status: 'pending' })
    expect(sim.state.approveDevice(device.userCode, TEST_SELLER)).toBe(true)
    const approved = await pollDeviceFlow(app, device.deviceCode)
    expect(approved.status).toBe('approved')
    if (approved.status === 'approved') expect(await usable(approved.tokens.accessToken)).toBe(true)
    // Redeemed codes are spent.
    expect(await pollDeviceFlow(app, device.deviceCode)).toEqual({ status: 'expired' })
  })

  it('approves through the HTML page on verification_uri_complete', async () => {
    const device = await startDeviceFlow(app)
    const result = await submitConsent(device.verificationUriComplete, 'approve')
    expect(await result.text()).toContain('Aplikacja została powiązana')
    expect((await pollDeviceFlow(app, device.deviceCode)).status).toBe('approved')
  })

  it('answers slow_down to polls faster than the interval, access_denied and expired_token', async () => {
    sim.state.config.deviceIntervalSeconds = 5
    try {
      const fast = await startDeviceFlow(app)
      expect(fast.interval).toBe(5)
      expect(await pollDeviceFlow(app, fast.deviceCode, fast.interval)).toEqual({
        status: 'pending',
      })
      expect(await pollDeviceFlow(app, fast.deviceCode, fast.interval)).toEqual({
        status: 'slow_down',
        interval: 10,
      })
    } finally {
      sim.state.config.deviceIntervalSeconds = 0
    }
    const denied = await startDeviceFlow(app)
    sim.state.denyDevice(denied.userCode)
    expect(await pollDeviceFlow(app, denied.deviceCode)).toEqual({ status: 'denied' })
    const late = await startDeviceFlow(app)
    const realClock = sim.state.clock
    sim.state.clock = () => new Date(Date.now() + 3601_000)
    try {
      expect(await pollDeviceFlow(app, late.deviceCode)).toEqual({ status: 'expired' })
    } finally {
      sim.state.clock = realClock
    }
  })
})

describe('Allegro OAuth: refresh', () => {
  it('trades a refresh token for a new pair; the spent one is refused as rejecting the credentials', async () => {
    const issued = sim.state.issueTokens(TEST_APP.clientId, TEST_SELLER)
    const fresh = await refreshAccessToken(app, issued.refresh_token)
    expect(fresh.refreshToken).not.toBe(issued.refresh_token)
    expect(await usable(fresh.accessToken)).toBe(true)
    const again = refreshAccessToken(app, issued.refresh_token)
    await expect(again).rejects.toMatchObject({ error: 'invalid_grant', rejectsCredentials: true })
  })

  it('reports a 5xx from the token endpoint as not rejecting the credentials', async () => {
    sim.state.failNext('/auth/oauth/token', 503)
    const issued = sim.state.issueTokens(TEST_APP.clientId, TEST_SELLER)
    const failing = refreshAccessToken(app, issued.refresh_token)
    await expect(failing).rejects.toMatchObject({ status: 503, rejectsCredentials: false })
  })
})
