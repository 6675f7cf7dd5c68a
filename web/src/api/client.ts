import { ApiError, type ErrorDetails } from './api-error'

export const API_BASE = '/api/v1'
const CSRF_COOKIE = 'aftersale_csrf'
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
type Query = Record<string, string | number | undefined | null>

export interface RequestOptions {
  method?: Method
  body?: unknown
  query?: Query
  signal?: AbortSignal
  /** Sent as is (e.g. a file for `POST /uploads`) instead of a JSON `body`. */
  rawBody?: Blob
  /** Keeps the request alive while the page unloads (presence "left"). */
  keepalive?: boolean
}

export function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return decodeURIComponent(rest.join('='))
  }
  return null
}

function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value))
  }
  const qs = params.toString()
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`
}

function toApiError(status: number, payload: unknown): ApiError {
  const error = (payload as { error?: Record<string, unknown> } | null)?.error
  if (error && typeof error.code === 'string') {
    const message = typeof error.message === 'string' ? error.message : error.code
    const details = (error.details ?? null) as ErrorDetails
    return new ApiError(status, error.code, message, details)
  }
  return new ApiError(status, 'http_error', `HTTP ${status}`)
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text()
  if (!text) return null
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

/** Fetch wrapper: JSON in/out, CSRF header on writes, errors as `ApiError`. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET'
  const headers: Record<string, string> = { accept: 'application/json' }
  if (options.body !== undefined) headers['content-type'] = 'application/json'
  if (options.rawBody) headers['content-type'] = 'application/octet-stream'
  if (WRITE_METHODS.has(method)) {
    const csrf = readCookie(CSRF_COOKIE)
    if (csrf) headers['x-csrf-token'] = csrf
  }
  let response: Response
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body:
        options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      signal: options.signal,
      keepalive: options.keepalive,
    })
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause
    throw new ApiError(0, 'network_error', 'Network error')
  }
  const payload = await readJson(response)
  if (!response.ok) throw toApiError(response.status, payload)
  return payload as T
}
