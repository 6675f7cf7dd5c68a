/** A registered application (Allegro's "Moje aplikacje" entry): the OAuth client. */
export interface SimApp {
  clientId: string
  clientSecret: string
  name: string
  redirectUris: string[]
}

/** An Allegro account that can sign in and grant access (sellers; buyers only need a login). */
export interface SimUser {
  id: string
  login: string
  email: string
  firstName: string
  lastName: string
}

/** A Message Center thread as its owner (the seller) sees it. */
export interface SimThread {
  id: string
  ownerLogin: string
  interlocutorLogin: string
  read: boolean
  lastMessageDateTime: Date | null
}

/** One message in a thread; `seq` orders messages created in the same millisecond. */
export interface SimMessage {
  id: string
  seq: number
  threadId: string
  authorLogin: string
  text: string
  subject: string | null
  createdAt: Date
  attachmentIds: string[]
  orderId: string | null
  offerId: string | null
  type: 'ASK_QUESTION' | 'MAIL' | 'MESSAGE_CENTER'
}

/** A declared attachment; `content` stays null until its binary is uploaded. */
export interface SimAttachment {
  id: string
  ownerLogin: string
  filename: string
  declaredSize: number
  mimeType: string | null
  content: Buffer | null
  status: 'NEW' | 'SAFE' | 'UNSAFE' | 'EXPIRED'
}

/** An issued access or refresh token. */
export interface SimToken {
  token: string
  kind: 'access' | 'refresh'
  clientId: string
  login: string
  scopes: string[]
  expiresAt: Date
  revoked: boolean
}

/** A device-flow grant waiting for the user to approve `userCode`. */
export interface SimDeviceGrant {
  deviceCode: string
  userCode: string
  clientId: string
  expiresAt: Date
  lastPollAt: number | null
  interval: number
  status: 'pending' | 'approved' | 'denied' | 'redeemed'
  login: string | null
}

/** An authorization code from the code flow, redeemable once. */
export interface SimAuthCode {
  code: string
  clientId: string
  redirectUri: string
  login: string
  scopes: string[]
  expiresAt: Date
  used: boolean
}

/** Tunables; tests shorten token lifetimes and set a request budget. */
export interface SimConfig {
  /** Allegro: 12 hours. */
  accessTokenTtlSeconds: number
  /** Allegro: 3 months. */
  refreshTokenTtlSeconds: number
  /** Allegro's authorization codes live 10 seconds. */
  authCodeTtlSeconds: number
  deviceCodeTtlSeconds: number
  /** Minimum seconds between device-flow polls before `slow_down`. */
  deviceIntervalSeconds: number
  /** A used refresh token stops working (the strictest reading of Allegro's rotation). */
  rotateRefreshTokens: boolean
  /** Requests per access token per window before 429; null: unlimited. */
  rateLimit: { budget: number; windowMs: number } | null
}

/** Every scope the simulator knows; apps get all of them unless the request narrows them. */
export const SIM_SCOPES = [
  'allegro:api:messaging',
  'allegro:api:profile:read',
  'allegro:api:orders:read',
  'allegro:api:orders:write',
  'allegro:api:disputes',
  'allegro:api:payments:read',
  'allegro:api:payments:write',
] as const
