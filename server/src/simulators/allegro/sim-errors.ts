import type { FastifyReply } from 'fastify'

/** The Allegro REST media type, required in Accept and Content-Type. */
export const ALLEGRO_JSON = 'application/vnd.allegro.public.v1+json'

/** One entry of Allegro's `{ errors: [...] }` body. */
export interface SimApiError {
  code: string
  message: string
  details?: string | null
  path?: string | null
  userMessage?: string
}

/** Answers with Allegro's API error shape. */
export function sendApiError(reply: FastifyReply, status: number, error: SimApiError) {
  const body = {
    errors: [
      {
        code: error.code,
        message: error.message,
        details: error.details ?? null,
        path: error.path ?? null,
        userMessage: error.userMessage ?? error.message,
      },
    ],
  }
  return reply.code(status).type(ALLEGRO_JSON).send(body)
}

/** Answers a validation failure (422) pointing at the offending field. */
export function sendValidationError(reply: FastifyReply, path: string, message: string) {
  return sendApiError(reply, 422, {
    code: 'VALIDATION_ERROR',
    message,
    path,
    userMessage: 'The request contains incorrect data.',
  })
}

/** Answers with the OAuth error shape (`{ error, error_description }`) used by auth errors. */
export function sendAuthError(
  reply: FastifyReply,
  status: number,
  error: string,
  description: string,
  type = 'application/json',
) {
  if (status === 401) reply.header('www-authenticate', `Bearer error="${error}"`)
  return reply.code(status).type(type).send({ error, error_description: description })
}
