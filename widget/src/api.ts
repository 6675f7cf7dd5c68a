/** A widget's appearance and whether someone can answer live. */
export interface WidgetConfig {
  title: string | null
  greeting: string | null
  color: string
  online: boolean
}

/** A message of the visitor's conversation, as the server sends it. */
export interface ServerMessage {
  id: string
  direction: 'inbound' | 'outbound'
  authorName: string | null
  text: string
  sentAt: string
}

/** A started chat. */
export interface Session {
  visitorToken: string
  visitorId: string
  expiresAt: string
  online: boolean
}

/** A refused call, with the server's error code (e.g. rate_limited, visitor_token_expired). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

/** The visitor API of one widget on one Aftersale server. */
export function createApi(base: string, key: string) {
  let token: string | null = null
  const root = `${base}/widget/v1`

  async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {}
    if (body !== undefined) headers['content-type'] = 'application/json'
    if (token) headers.authorization = `Bearer ${token}`
    // Never the shop's or Aftersale's cookies: the token is the visitor's only credential.
    const response = await fetch(root + path, {
      method,
      headers,
      credentials: 'omit',
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    if (response.status === 204) return undefined as T
    const data = await response.json().catch(() => null)
    if (!response.ok)
      throw new ApiError(
        response.status,
        data?.error?.code ?? 'http_error',
        data?.error?.message ?? response.statusText,
      )
    return data as T
  }

  return {
    setToken(value: string | null) {
      token = value
    },
    config: () => call<WidgetConfig>('GET', `/config?key=${encodeURIComponent(key)}`),
    startSession: (form: {
      name: string
      email: string
      orderNumber?: string
      identity?: { userId: string; hash: string }
    }) => call<Session>('POST', '/sessions', { key, ...form }),
    messages: () => call<{ items: ServerMessage[]; online: boolean }>('GET', '/messages'),
    send: (text: string, clientId: string) =>
      call<{ id: string; online: boolean }>('POST', '/messages', { text, clientId }),
    typing: () => call<void>('POST', '/typing', { state: 'typing' }),
    streamUrl: (after: string | null) =>
      `${root}/stream?token=${encodeURIComponent(token ?? '')}${after ? `&after=${encodeURIComponent(after)}` : ''}`,
  }
}

/** The API client type. */
export type WidgetApi = ReturnType<typeof createApi>
