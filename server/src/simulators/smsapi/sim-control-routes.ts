import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { SmsapiSimConfig } from './smsapi-sim-records.js'
import type { SmsapiSimState } from './smsapi-sim-state.js'

type Body = Record<string, unknown>

const bodyOf = (request: FastifyRequest): Body => {
  const text = Buffer.isBuffer(request.body) ? request.body.toString('utf8') : ''
  return text.trim() === '' ? {} : (JSON.parse(text) as Body)
}
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : [])

/**
 * Registers `/_control/*` for tests: what was sent, accounts (tokens, sender names, blacklist),
 * injected faults, config and reset. Unauthenticated: never expose publicly.
 */
export function registerSimControlRoutes(app: FastifyInstance, state: SmsapiSimState) {
  app.get('/_control/messages', async (request) => {
    const { to, idx } = request.query as Record<string, string | undefined>
    return state.messages
      .filter(
        (m) => (!to || m.number === to) && (!idx || m.idx?.toLowerCase() === idx.toLowerCase()),
      )
      .map((m) => ({ ...m, dateSent: m.dateSent.toISOString() }))
  })

  app.post('/_control/seed', async (request) => {
    const body = bodyOf(request)
    for (const token of strings(body.tokens)) state.tokens.add(token)
    for (const name of strings(body.senderNames)) state.senderNames.add(name)
    for (const number of strings(body.blacklist)) state.blacklist.add(number)
    return {
      tokens: [...state.tokens],
      senderNames: [...state.senderNames],
      blacklist: [...state.blacklist],
    }
  })

  app.post('/_control/faults', async (request) => {
    const body = bodyOf(request)
    const pattern = typeof body.pattern === 'string' ? body.pattern : 'POST /sms.do'
    state.traffic.failNext(
      pattern,
      Number(body.status ?? 500),
      Number(body.count ?? 1),
      body.afterProcessing === true,
    )
    return { ok: true }
  })

  app.put('/_control/config', async (request) => {
    const body = bodyOf(request) as Partial<SmsapiSimConfig>
    for (const key of Object.keys(state.config) as (keyof SmsapiSimConfig)[]) {
      if (key in body) Object.assign(state.config, { [key]: body[key] })
    }
    return state.config
  })

  app.post('/_control/reset', async () => {
    state.reset()
    return { ok: true }
  })
}
