import type { FastifyReply, FastifyRequest } from 'fastify'
import type { AllegroSimState } from './allegro-sim-state.js'
import { apiGuard } from './sim-api-guard.js'
import { sendApiError } from './sim-errors.js'

/** The media type of Allegro's beta resources (customer returns, post-purchase issues). */
export const ALLEGRO_BETA_JSON = 'application/vnd.allegro.beta.v1+json'

const mediaType = (value: string | undefined) => value?.split(';')[0]?.trim().toLowerCase() ?? ''

/**
 * Guards a beta resource: the usual token, budget and scope checks, then Accept and
 * Content-Type must name the beta media type — the spec lists only it for these paths, and the
 * public v1 type is answered with 406/415. Unlike public routes, 403 comes before 406 here.
 */
export function betaGuard(
  state: AllegroSimState,
  options: { scope: string; body: 'none' | 'json' },
) {
  const common = apiGuard(state, { scope: options.scope, body: 'none', accept: 'any' })
  return async (request: FastifyRequest, reply: FastifyReply) => {
    await common(request, reply)
    if (reply.sent) return reply
    const accepted = (request.headers.accept ?? '').split(',').map(mediaType)
    if (!accepted.includes(ALLEGRO_BETA_JSON)) {
      return sendApiError(reply, 406, {
        code: 'NotAcceptableException',
        message: `Not acceptable representation requested. Please check 'Accept' request header`,
      })
    }
    const contentType = mediaType(request.headers['content-type'])
    if (options.body === 'json' && contentType !== ALLEGRO_BETA_JSON) {
      return sendApiError(reply, 415, {
        code: 'UnsupportedMediaTypeException',
        message: `Content type '${contentType || 'none'}' not supported. Please check 'Content-Type' request header`,
      })
    }
  }
}

/** Answers with the beta media type. */
export const sendBetaJson = (reply: FastifyReply, status: number, body: unknown) =>
  reply.code(status).type(ALLEGRO_BETA_JSON).send(body)
