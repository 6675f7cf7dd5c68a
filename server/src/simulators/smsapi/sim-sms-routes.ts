import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { readSmsParams } from './sim-sms-params.js'
import { type SmsSubmitResponse, submitSms } from './sim-sms-submit.js'
import { SmsapiError } from './smsapi-errors.js'
import type { SmsapiSimState } from './smsapi-sim-state.js'

const bearerOf = (request: FastifyRequest) =>
  /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? null

/** The legacy text answer: `OK:<id>:<points>` per message, `;`-joined with the number if several. */
function textAnswer(response: SmsSubmitResponse): string {
  if (response.list.length === 1) {
    const [sms] = response.list
    return `OK:${sms!.id}:${sms!.points}`
  }
  return response.list.map((sms) => `OK:${sms.id}:${sms.points}:${sms.number}`).join(';')
}

function refuse(reply: FastifyReply, status: number, error: SmsapiError, json: boolean) {
  reply.code(status)
  return json
    ? reply.type('application/json').send(error.toJSON())
    : reply.type('text/plain').send(`ERROR:${error.code}`)
}

/**
 * Serves `sms.do` (GET or POST; query, form or JSON parameters) as SMSAPI documents it:
 * `Authorization: Bearer <token>` (else 101 with 401), the per-token budget (429 with
 * Retry-After), then the send itself; `format=json` answers JSON, otherwise `OK:`/`ERROR:` text.
 */
export function registerSimSmsRoutes(app: FastifyInstance, state: SmsapiSimState) {
  app.route({
    method: ['GET', 'POST'],
    url: '/sms.do',
    handler: async (request, reply) => {
      const rawQuery = request.raw.url?.split('?')[1] ?? ''
      const body = Buffer.isBuffer(request.body) ? request.body : undefined
      let read: ReturnType<typeof readSmsParams>
      try {
        read = readSmsParams(rawQuery, body, request.headers['content-type'] ?? '')
      } catch {
        return refuse(reply, state.config.businessErrorStatus, new SmsapiError(8), true)
      }
      const json = read.params.format === 'json'
      const token = bearerOf(request)
      if (!token || !state.tokens.has(token)) return refuse(reply, 401, new SmsapiError(101), json)
      const budget = state.traffic.spend(token)
      if (budget && !budget.allowed) {
        reply.header('retry-after', Math.max(1, Math.ceil(budget.resetMs / 1000)))
        return refuse(reply, 429, new SmsapiError(203), json)
      }
      if (!read.encodingKnown)
        return refuse(reply, state.config.businessErrorStatus, new SmsapiError(8), json)
      try {
        const response = submitSms(state, token, read.params)
        return json
          ? reply.type('application/json').send(response)
          : reply.type('text/plain').send(textAnswer(response))
      } catch (error) {
        if (!(error instanceof SmsapiError)) throw error
        return refuse(reply, state.config.businessErrorStatus, error, json)
      }
    },
  })
}
