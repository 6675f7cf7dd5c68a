export type ErrorDetails = Record<string, unknown> | null

/** Error thrown for every non-2xx answer (and for network failures). */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly details: ErrorDetails

  constructor(status: number, code: string, message: string, details: ErrorDetails = null) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.details = details
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError
}

export function isUnauthenticated(value: unknown): boolean {
  return isApiError(value) && value.status === 401
}

/** Reads a numeric detail (e.g. `retryAfterSeconds`) if the server sent one. */
export function numberDetail(error: ApiError, key: string): number | null {
  const value = error.details?.[key]
  return typeof value === 'number' && Number.isFinite(value) ? value : null
}
