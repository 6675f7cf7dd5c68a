import type { ConnectorAccount } from '../contract.js'
import {
  type AllegroAccountSettings,
  allegroCredentials,
  allegroSettings,
} from './allegro-account.js'
import { AllegroClient } from './allegro-client.js'
import type { AllegroHttpOptions } from './allegro-http.js'
import { refreshAccessToken } from './allegro-oauth.js'
import type { AllegroTokenCache } from './allegro-token-cache.js'
import type { AllegroCredentials } from './allegro-types.js'

/** An account's client plus what the caller needs to persist afterwards. */
export interface AllegroSession {
  client: AllegroClient
  settings: AllegroAccountSettings
  /** The tokens to store if they differ from the account's (refreshed now or by an earlier call). */
  changedCredentials(): AllegroCredentials | null
}

/** Builds a client for an account, refreshing through the shared cache. */
export function openAllegroSession(
  account: ConnectorAccount,
  cache: AllegroTokenCache,
  http: Pick<AllegroHttpOptions, 'retry' | 'sleep' | 'random'>,
): AllegroSession {
  const settings = allegroSettings(account.settings)
  const stored = allegroCredentials(account.credentials)
  const refresh = (current: AllegroCredentials) =>
    cache.refresh(account.id, current, async (old) => {
      const app = {
        authUrl: settings.authUrl,
        clientId: old.clientId,
        clientSecret: old.clientSecret,
      }
      const tokens = await refreshAccessToken(app, old.refreshToken)
      const fresh = {
        ...old,
        accessToken: tokens.accessToken,
        refreshToken: tokens.refreshToken,
        accessTokenExpiresAt: tokens.accessTokenExpiresAt,
      }
      // Allegro may retire the old refresh token at once, so the new pair is stored before use.
      await account.saveCredentials?.({ ...account.credentials, ...fresh })
      return fresh
    })
  const client = new AllegroClient({
    ...http,
    apiUrl: settings.apiUrl,
    credentials: cache.current(account.id, stored),
    refresh,
  })
  return {
    client,
    settings,
    changedCredentials: () => {
      const now = client.credentials
      return now.accessToken === stored.accessToken && now.refreshToken === stored.refreshToken
        ? null
        : now
    },
  }
}
