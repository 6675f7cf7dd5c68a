/** One entry of Allegro's `{ errors: [...] }` body. */
export interface AllegroErrorEntry {
  code?: string
  message?: string
  details?: string | null
  path?: string | null
  userMessage?: string
}

/** An Allegro API answer outside 2xx that the client did not (or could no longer) retry. */
export class AllegroApiError extends Error {
  constructor(
    readonly status: number,
    readonly errors: AllegroErrorEntry[],
    readonly oauthError: string | null = null,
  ) {
    const first = errors[0]
    super(`Allegro API ${status}: ${first?.message ?? first?.code ?? oauthError ?? 'error'}`)
    this.name = 'AllegroApiError'
  }

  /** Parses an error body of either shape (`errors[]` or OAuth's `error`). */
  static from(status: number, body: unknown): AllegroApiError {
    const record = (body ?? {}) as {
      errors?: unknown
      error?: unknown
      error_description?: unknown
    }
    const errors = Array.isArray(record.errors) ? (record.errors as AllegroErrorEntry[]) : []
    const oauth = typeof record.error === 'string' ? record.error : null
    if (errors.length === 0 && oauth) {
      const message =
        typeof record.error_description === 'string' ? record.error_description : oauth
      errors.push({ code: oauth, message })
    }
    return new AllegroApiError(status, errors, oauth)
  }
}

/** An OAuth endpoint refused the request (`{ error, error_description }`). */
export class AllegroOAuthError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly description: string | null,
  ) {
    super(`Allegro OAuth ${status} ${error}${description ? `: ${description}` : ''}`)
    this.name = 'AllegroOAuthError'
  }

  /** True when retrying cannot help: the grant or the client itself was refused. */
  get rejectsCredentials(): boolean {
    return (
      ['invalid_grant', 'invalid_client', 'unauthorized', 'unauthorized_client'].includes(
        this.error,
      ) || this.status === 401
    )
  }
}

/**
 * A request that is not safe to repeat (a new message) failed in a way that leaves unknown
 * whether Allegro applied it (timeout, reset connection, 500); the caller must look before retrying.
 */
export class UncertainOutcomeError extends Error {
  constructor(message: string, cause: unknown) {
    super(message, { cause })
    this.name = 'UncertainOutcomeError'
  }
}
