import pino from 'pino'
import {
  type RunningAllegroSimulator,
  startAllegroSimulator,
} from '../../../simulators/allegro/start-allegro-simulator.js'
import type { ConnectorAccount } from '../contract.js'
import { AllegroClient } from './allegro-client.js'
import type { AllegroCredentials } from './allegro-types.js'

/** The seller every Allegro test acts as. */
export const TEST_SELLER = 'sklep_testowy'
/** The OAuth client registered in test simulators. */
export const TEST_APP = { clientId: 'aftersale-test', clientSecret: 'sekret-testowy' }
/** The code flow's callback in tests. */
export const TEST_REDIRECT = 'http://127.0.0.1:9/allegro/callback'

/** A logger that writes nothing. */
export const silentLog = pino({ level: 'silent' })

/** Starts a simulator on a random port with the test app registered. */
export async function startTestSimulator(
  options: Parameters<typeof startAllegroSimulator>[0] = {},
): Promise<RunningAllegroSimulator> {
  const sim = await startAllegroSimulator({ deviceIntervalSeconds: 0, ...options })
  sim.state.registerApp({ ...TEST_APP, name: 'Aftersale (test)', redirectUris: [TEST_REDIRECT] })
  return sim
}

/** Tokens for the test seller, issued directly by the simulator, as stored credentials. */
export function connectedCredentials(
  sim: RunningAllegroSimulator,
  login = TEST_SELLER,
): AllegroCredentials {
  const tokens = sim.state.issueTokens(TEST_APP.clientId, login)
  return {
    ...TEST_APP,
    accessToken: tokens.access_token,
    refreshToken: tokens.refresh_token,
    accessTokenExpiresAt: new Date(Date.now() + tokens.expires_in * 1000).toISOString(),
  }
}

let accounts = 0

/** An Allegro channel account pointing at the simulator, connected as the test seller. */
export function buildAllegroAccount(
  sim: RunningAllegroSimulator,
  overrides: Partial<ConnectorAccount> = {},
): ConnectorAccount {
  accounts += 1
  return {
    id: `00000000-0000-4000-8000-${String(accounts).padStart(12, '0')}`,
    workspaceId: '00000000-0000-4000-8000-000000000000',
    kind: 'allegro',
    name: 'Allegro (test)',
    settings: {
      environment: 'simulator',
      apiUrl: sim.url,
      authUrl: sim.url,
      sellerLogin: TEST_SELLER,
    },
    credentials: { ...connectedCredentials(sim) },
    ...overrides,
  }
}

/** A client for the test seller with `scopes`, whose retries sleep for nothing; `slept` records the waits. */
export function testSellerClient(
  sim: RunningAllegroSimulator,
  scopes: string[],
  slept: number[] = [],
): AllegroClient {
  const tokens = sim.state.issueTokens(TEST_APP.clientId, TEST_SELLER, scopes)
  return new AllegroClient({
    apiUrl: sim.url,
    credentials: {
      ...TEST_APP,
      accessToken: tokens.access_token,
      refreshToken: tokens.refresh_token,
      accessTokenExpiresAt: new Date(
        sim.state.clock().getTime() + tokens.expires_in * 1000,
      ).toISOString(),
    },
    retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 20 },
    sleep: async (ms) => {
      slept.push(ms)
    },
  })
}
