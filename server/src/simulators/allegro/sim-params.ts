/** A request the simulator refuses; the plugin's error handler renders it in Allegro's shape. */
export class SimRequestError extends Error {
  constructor(
    readonly status: number,
    readonly path: string | null,
    message: string,
    readonly code = status === 422 ? 'VALIDATION_ERROR' : 'BadRequestException',
  ) {
    super(message)
    this.name = 'SimRequestError'
  }
}

/** Reads an integer query parameter within the spec's bounds, else 422. */
export function intParam(raw: unknown, name: string, min: number, max: number, fallback: number) {
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new SimRequestError(422, name, `${name} must be an integer between ${min} and ${max}`)
  }
  return value
}

/** Reads an ISO 8601 date-time query parameter, else 422. */
export function dateParam(raw: unknown, name: string): Date | null {
  if (raw === undefined || raw === '') return null
  const value = typeof raw === 'string' ? new Date(raw) : new Date(Number.NaN)
  if (Number.isNaN(value.getTime()) || !/^\d{4}-\d\d-\d\dT/.test(String(raw))) {
    throw new SimRequestError(422, name, `${name} must be an ISO 8601 date-time`)
  }
  return value
}

/** Parses a JSON request body kept as a Buffer by the simulator's catch-all parser. */
export function jsonBody(body: unknown): Record<string, unknown> {
  const text = Buffer.isBuffer(body) ? body.toString('utf8') : ''
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new SimRequestError(400, null, 'Malformed JSON request body')
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new SimRequestError(422, null, 'Request body must be a JSON object')
  }
  return parsed as Record<string, unknown>
}

/** Parses an `application/x-www-form-urlencoded` body (or returns empty params). */
export function formBody(body: unknown): URLSearchParams {
  return new URLSearchParams(Buffer.isBuffer(body) ? body.toString('utf8') : '')
}
