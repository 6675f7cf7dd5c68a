import { CredentialsRejectedError } from '../contract.js'
import type { AllegroCredentials } from './allegro-types.js'

/** Base URLs of Allegro's environments; the simulator serves both from one URL. */
export const ALLEGRO_ENVIRONMENTS = {
  production: { apiUrl: 'https://api.allegro.pl', authUrl: 'https://allegro.pl' },
  sandbox: {
    apiUrl: 'https://api.allegro.pl.allegrosandbox.pl',
    authUrl: 'https://allegro.pl.allegrosandbox.pl',
  },
} as const

/** The account settings the connector reads. */
export interface AllegroAccountSettings {
  apiUrl: string
  authUrl: string
  /** The seller's own login; messages by it are outbound even if `isInterlocutor` is missing. */
  sellerLogin: string | null
}

const httpUrl = (value: unknown, fallback: string): string => {
  if (typeof value !== 'string' || value === '') return fallback
  const url = new URL(value)
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`Not an HTTP URL: ${value}`)
  return value.replace(/\/+$/, '')
}

/** Reads an Allegro account's settings, defaulting to production. */
export function allegroSettings(settings: Record<string, unknown>): AllegroAccountSettings {
  const production = ALLEGRO_ENVIRONMENTS.production
  return {
    apiUrl: httpUrl(settings.apiUrl, production.apiUrl),
    authUrl: httpUrl(settings.authUrl, production.authUrl),
    sellerLogin:
      typeof settings.sellerLogin === 'string' && settings.sellerLogin
        ? settings.sellerLogin
        : null,
  }
}

const FIELDS = [
  'clientId',
  'clientSecret',
  'accessToken',
  'refreshToken',
  'accessTokenExpiresAt',
] as const

/** Reads the stored tokens; an account never connected (or half-connected) cannot sync. */
export function allegroCredentials(credentials: Record<string, unknown>): AllegroCredentials {
  const missing = FIELDS.filter(
    (field) => typeof credentials[field] !== 'string' || credentials[field] === '',
  )
  if (missing.length > 0) {
    throw new CredentialsRejectedError(
      `The Allegro account is not connected (missing ${missing.join(', ')})`,
    )
  }
  return Object.fromEntries(
    FIELDS.map((field) => [field, credentials[field]]),
  ) as unknown as AllegroCredentials
}
