import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { AllegroSimState } from './allegro-sim-state.js'
import { seedAllegroDemo } from './seed-allegro-demo.js'
import { registerSimOrderControlRoutes } from './sim-order-control-routes.js'
import { SimRequestError } from './sim-params.js'
import type { SimConfig } from './sim-records.js'

type Body = Record<string, unknown>

const bodyOf = (request: FastifyRequest): Body => {
  const text = Buffer.isBuffer(request.body) ? request.body.toString('utf8') : ''
  if (text.trim() === '') return {}
  try {
    return JSON.parse(text) as Body
  } catch {
    throw new SimRequestError(400, null, 'Malformed JSON')
  }
}
const str = (body: Body, key: string): string => {
  const value = body[key]
  if (typeof value !== 'string' || value === '')
    throw new SimRequestError(400, key, `${key} required`)
  return value
}
const optional = (body: Body, key: string) =>
  typeof body[key] === 'string' ? (body[key] as string) : undefined

/**
 * Registers `/_control/*`: lets tests in other processes play the buyer, inspect what the seller
 * sent, approve devices, inject faults and tune limits. Unauthenticated: never expose publicly.
 */
export function registerSimControlRoutes(app: FastifyInstance, state: AllegroSimState) {
  app.post('/_control/reset', async () => {
    state.reset()
    return { ok: true }
  })

  app.post('/_control/seed', async (request) => seedAllegroDemo(state, bodyOf(request)))

  app.post('/_control/apps', async (request) => {
    const body = bodyOf(request)
    const redirectUris = Array.isArray(body.redirectUris) ? body.redirectUris.map(String) : []
    const name = optional(body, 'name')
    const clientId = str(body, 'clientId')
    return state.registerApp({
      clientId,
      clientSecret: str(body, 'clientSecret'),
      redirectUris,
      ...(name ? { name } : {}),
    })
  })

  app.post('/_control/tokens', async (request) => {
    const body = bodyOf(request)
    const scopes = Array.isArray(body.scopes) ? body.scopes.map(String) : undefined
    return state.issueTokens(str(body, 'clientId'), str(body, 'login'), scopes)
  })

  app.post('/_control/buyer-messages', async (request, reply) => {
    const body = bodyOf(request)
    const files = Array.isArray(body.attachments) ? (body.attachments as Body[]) : []
    const message = state.write({
      sellerLogin: str(body, 'sellerLogin'),
      buyerLogin: optional(body, 'buyerLogin') ?? 'kupujacy_testowy',
      text: str(body, 'text'),
      threadId: optional(body, 'threadId'),
      orderId: optional(body, 'orderId') ?? null,
      offerId: optional(body, 'offerId') ?? null,
      fromSeller: body.fromSeller === true,
      attachments: files.map((file) => ({
        filename: str(file, 'filename'),
        contentType: optional(file, 'contentType') ?? 'application/octet-stream',
        content: Buffer.from(str(file, 'contentBase64'), 'base64'),
      })),
    })
    return reply
      .code(201)
      .send({ id: message.id, threadId: message.threadId, createdAt: message.createdAt })
  })

  app.get('/_control/threads', async (request) => {
    const seller = (request.query as Record<string, string | undefined>).sellerLogin
    return [...state.threads.values()].filter((t) => !seller || t.ownerLogin === seller)
  })

  app.get('/_control/threads/:threadId/messages', async (request) => {
    const { threadId } = request.params as { threadId: string }
    return state
      .messagesOf(threadId)
      .reverse()
      .map((m) => ({
        ...m,
        attachments: m.attachmentIds.map((id) => {
          const file = state.attachments.get(id)
          return {
            id,
            filename: file?.filename,
            mimeType: file?.mimeType,
            size: file?.content?.length ?? 0,
          }
        }),
      }))
  })

  app.post('/_control/devices/approve', async (request) => {
    const body = bodyOf(request)
    return { ok: state.approveDevice(str(body, 'userCode'), str(body, 'login')) }
  })

  app.post('/_control/devices/deny', async (request) => ({
    ok: state.denyDevice(str(bodyOf(request), 'userCode')),
  }))

  app.post('/_control/faults', async (request) => {
    const body = bodyOf(request)
    const afterProcessing = body.afterProcessing === true
    state.failNext(str(body, 'pattern'), Number(body.status ?? 500), Number(body.count ?? 1), {
      afterProcessing,
    })
    return { ok: true }
  })

  app.put('/_control/config', async (request) => {
    const body = bodyOf(request) as Partial<SimConfig>
    for (const key of Object.keys(state.config) as (keyof SimConfig)[]) {
      if (key in body) Object.assign(state.config, { [key]: body[key] })
    }
    return state.config
  })

  app.post('/_control/expire-tokens', async (request) => {
    state.tokens.expireAccessTokens(optional(bodyOf(request), 'login'))
    return { ok: true }
  })

  app.post('/_control/revoke-tokens', async (request) => {
    state.tokens.revoke(optional(bodyOf(request), 'login'))
    return { ok: true }
  })

  registerSimOrderControlRoutes(app, state)
}
