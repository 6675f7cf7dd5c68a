import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'

/** An error with an HTTP status and a stable machine-readable code, safe to show to clients. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> | null = null,
  ) {
    super(message)
  }
}

export const badRequest = (code: string, message: string, details?: Record<string, unknown>) =>
  new AppError(400, code, message, details ?? null)
export const unauthenticated = (message = 'Sign in to continue.') =>
  new AppError(401, 'unauthenticated', message)
export const forbidden = (message = 'Your role does not allow this.', code = 'forbidden') =>
  new AppError(403, code, message)
export const notFound = (what: string) => new AppError(404, 'not_found', `${what} was not found.`)
export const conflict = (code: string, message: string) => new AppError(409, code, message)

/** The one error body every 4xx and 5xx response carries. */
export interface ErrorBody {
  error: { code: string; message: string; details: Record<string, unknown> | null }
}

const body = (
  code: string,
  message: string,
  details: Record<string, unknown> | null = null,
): ErrorBody => ({
  error: { code, message, details },
})

// Fastify's own client errors, translated into our codes.
const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'empty_body',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid_content_length',
  FST_ERR_BAD_URL: 'bad_url',
  FST_ERR_ASYNC_CONSTRAINT: 'bad_request',
}

/** Turns any thrown error into the error shape; 5xx details never leave the server. */
export function handleError(
  error: FastifyError | AppError,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  if (error instanceof AppError) {
    return reply.status(error.statusCode).send(body(error.code, error.message, error.details))
  }
  if (error.validation) {
    const issues = error.validation.map((issue) => ({
      path: `${error.validationContext ?? 'body'}${issue.instancePath || ''}`,
      message: describeIssue(issue),
      // Machine-readable for clients that translate messages: Ajv's keyword and its limit.
      rule: issue.keyword,
      limit: limitOf(issue.params),
    }))
    const first = issues[0]
    return reply.status(400).send(
      body('validation_failed', first ? `${first.path}: ${first.message}` : 'Invalid request.', {
        issues,
      }),
    )
  }
  const status = error.statusCode ?? 500
  if (status === 429) {
    return reply
      .status(429)
      .send(body('rate_limited', 'Too many requests; slow down and try again.'))
  }
  if (status >= 400 && status < 500) {
    const code = FASTIFY_CODES[error.code] ?? 'bad_request'
    const message =
      error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ? 'The body is not valid JSON.' : error.message
    return reply.status(status).send(body(code, message))
  }
  request.log.error({ err: error }, 'request failed')
  return reply
    .status(500)
    .send(body('internal_error', 'Something went wrong on our side.', { requestId: request.id }))
}

function limitOf(params: Record<string, unknown> | undefined): number | null {
  const limit = params?.limit
  return typeof limit === 'number' ? limit : null
}

function describeIssue(issue: {
  keyword: string
  message?: string
  params?: Record<string, unknown>
}) {
  if (issue.keyword === 'additionalProperties') {
    return `unknown field "${String(issue.params?.additionalProperty)}"`
  }
  if (issue.keyword === 'required')
    return `missing field "${String(issue.params?.missingProperty)}"`
  return issue.message ?? issue.keyword
}

/** 404 in the error shape for unknown API paths. */
export function apiNotFound(request: FastifyRequest, reply: FastifyReply) {
  return reply
    .status(404)
    .send(body('not_found', `No route ${request.method} ${request.url.split('?')[0]}.`))
}
