import { randomBytes, randomUUID } from 'node:crypto'
import type { SimAuthCode, SimConfig, SimDeviceGrant, SimToken } from './sim-records.js'

/** What the token endpoint hands out, in Allegro's field names. */
export interface SimTokenResponse {
  access_token: string
  token_type: 'bearer'
  refresh_token: string
  expires_in: number
  scope: string
  allegro_api: true
  jti: string
}

/** Why a bearer token was refused. */
export type SimTokenCheck = SimToken | 'invalid' | 'expired'

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

/** Builds a JWT-shaped string like Allegro's; the signature is random, the store is the truth. */
function jwtLike(claims: Record<string, unknown>): string {
  const header = base64url({ alg: 'RS256', typ: 'JWT' })
  return `${header}.${base64url(claims)}.${randomBytes(32).toString('base64url')}`
}

/** Issues and checks tokens, authorization codes and device grants for the simulator. */
export class SimTokens {
  readonly tokens = new Map<string, SimToken>()
  readonly codes = new Map<string, SimAuthCode>()
  readonly devices = new Map<string, SimDeviceGrant>()

  constructor(
    private readonly config: SimConfig,
    private readonly clock: () => Date,
  ) {}

  /** Issues an access and refresh token pair for `login` through `clientId`. */
  issue(clientId: string, login: string, scopes: string[]): SimTokenResponse {
    const now = this.clock().getTime()
    const jti = randomUUID()
    const accessExpires = new Date(now + this.config.accessTokenTtlSeconds * 1000)
    const refreshExpires = new Date(now + this.config.refreshTokenTtlSeconds * 1000)
    const claims = { user_name: login, client_id: clientId, scope: scopes, allegro_api: true }
    const access = jwtLike({ ...claims, exp: Math.floor(accessExpires.getTime() / 1000), jti })
    const refresh = jwtLike({
      ...claims,
      ati: jti,
      exp: Math.floor(refreshExpires.getTime() / 1000),
    })
    const base = { clientId, login, scopes, revoked: false }
    this.tokens.set(access, { ...base, token: access, kind: 'access', expiresAt: accessExpires })
    this.tokens.set(refresh, {
      ...base,
      token: refresh,
      kind: 'refresh',
      expiresAt: refreshExpires,
    })
    return {
      access_token: access,
      token_type: 'bearer',
      refresh_token: refresh,
      expires_in: this.config.accessTokenTtlSeconds,
      scope: scopes.join(' '),
      allegro_api: true,
      jti,
    }
  }

  /** Looks up a bearer token sent to the API. */
  checkAccess(token: string): SimTokenCheck {
    const record = this.tokens.get(token)
    if (record?.kind !== 'access' || record.revoked) return 'invalid'
    return record.expiresAt.getTime() <= this.clock().getTime() ? 'expired' : record
  }

  /** Trades a refresh token for a new pair, or null when it is unknown, used or expired. */
  refresh(clientId: string, token: string): SimTokenResponse | null {
    const record = this.tokens.get(token)
    if (record?.kind !== 'refresh' || record.revoked || record.clientId !== clientId) {
      return null
    }
    if (record.expiresAt.getTime() <= this.clock().getTime()) return null
    if (this.config.rotateRefreshTokens) record.revoked = true
    return this.issue(clientId, record.login, record.scopes)
  }

  /** Stores an authorization code for the code flow. */
  createCode(input: Omit<SimAuthCode, 'code' | 'expiresAt' | 'used'>): SimAuthCode {
    const code = randomBytes(24).toString('base64url')
    const expiresAt = new Date(this.clock().getTime() + this.config.authCodeTtlSeconds * 1000)
    const record = { ...input, code, expiresAt, used: false }
    this.codes.set(code, record)
    return record
  }

  /** Starts a device grant; the user code is what the seller types on the approval page. */
  startDevice(clientId: string): SimDeviceGrant {
    const grant: SimDeviceGrant = {
      deviceCode: randomBytes(24).toString('base64url'),
      userCode: randomBytes(6).toString('hex').slice(0, 9),
      clientId,
      expiresAt: new Date(this.clock().getTime() + this.config.deviceCodeTtlSeconds * 1000),
      lastPollAt: null,
      interval: this.config.deviceIntervalSeconds,
      status: 'pending',
      login: null,
    }
    this.devices.set(grant.deviceCode, grant)
    return grant
  }

  /** The pending grant for a user code, if any. */
  deviceByUserCode(userCode: string): SimDeviceGrant | undefined {
    const wanted = userCode.trim().toLowerCase()
    for (const grant of this.devices.values()) if (grant.userCode === wanted) return grant
    return undefined
  }

  /** Marks access tokens expired now (all, or one user's), as if 12 hours had passed. */
  expireAccessTokens(login?: string): void {
    const past = new Date(this.clock().getTime() - 1)
    for (const record of this.tokens.values()) {
      if (record.kind === 'access' && (!login || record.login === login)) record.expiresAt = past
    }
  }

  /** Revokes every token (all, or one user's), as when a seller unlinks the app. */
  revoke(login?: string): void {
    for (const record of this.tokens.values())
      if (!login || record.login === login) record.revoked = true
  }
}
