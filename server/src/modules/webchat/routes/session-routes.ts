import type { FastifyInstance } from 'fastify'
import { AppError, badRequest } from '../../../platform/http/errors.js'
import type { Runtime } from '../../../platform/runtime.js'
import { agentsOnline } from '../../conversations/index.js'
import { workspaceTimeZone } from '../../identity/index.js'
import { isValidIdentityHash, randomVisitorId, visitorIdForUser } from '../rules/shop-identity.js'
import { shopLocale, WIDGET_LOCALES } from '../rules/shop-locale.js'
import { signVisitorToken, tokenExpiry } from '../rules/visitor-token.js'
import { saveVisitor } from '../service/visitors.js'
import { findWidgetAccount, widgetUnavailable } from '../service/widget-accounts.js'
import { allowOrigin } from './cors.js'
import type { WidgetLimits } from './rate-limits.js'
import {
  ConfigQuery,
  ConfigResponse,
  SessionBody,
  SessionResponse,
  WIDGET_BODY_LIMIT,
  widgetErrors,
} from './schemas.js'
import { visitorScope } from './visitor-auth.js'

const DEFAULT_COLOR = '#1f6feb'

/** `GET /config` (what the launcher shows) and `POST /sessions` (the pre-chat form). */
export function registerSessionRoutes(
  api: FastifyInstance,
  runtime: Runtime,
  limits: WidgetLimits,
) {
  api.get(
    '/config',
    {
      config: { public: true },
      onRequest: (request, reply) => limits.configPerIp(request, reply),
      schema: {
        tags: ['widget'],
        summary: "A widget's title, greeting, colour and whether an agent is online",
        querystring: ConfigQuery,
        response: { 200: ConfigResponse, ...widgetErrors },
      },
    },
    async (request, reply) => {
      const { key } = request.query as { key: string }
      const account = await findWidgetAccount(runtime, { key })
      if (!account) throw widgetUnavailable()
      allowOrigin(request, reply, account)
      const { online, timeZone } = await runtime.inWorkspace(
        visitorScope(request, account),
        async (ctx) => ({
          online: (await agentsOnline(ctx)) > 0,
          timeZone: await workspaceTimeZone(ctx),
        }),
      )
      reply.header('cache-control', 'no-store')
      return {
        title: account.title,
        greeting: account.greeting,
        color: account.color ?? DEFAULT_COLOR,
        online,
        locale: { supported: [...WIDGET_LOCALES], shop: shopLocale(timeZone) },
      }
    },
  )

  api.post(
    '/sessions',
    {
      config: { public: true },
      bodyLimit: WIDGET_BODY_LIMIT,
      onRequest: (request, reply) => limits.sessionsPerIp(request, reply),
      schema: {
        tags: ['widget'],
        summary: 'Start a chat: the pre-chat form, optionally with a verified shop user id',
        body: SessionBody,
        response: { 201: SessionResponse, ...widgetErrors },
      },
    },
    async (request, reply) => {
      const body = request.body as {
        key: string
        name: string
        email: string
        orderNumber?: string
        identity?: { userId: string; hash: string }
      }
      const account = await findWidgetAccount(runtime, { key: body.key })
      if (!account) throw widgetUnavailable()
      allowOrigin(request, reply, account)
      const name = body.name.trim()
      if (!name) throw badRequest('name_required', 'Tell us your name.')
      let visitorId = randomVisitorId()
      if (body.identity) {
        const { userId, hash } = body.identity
        if (!isValidIdentityHash(account.identitySecret, userId, hash))
          throw new AppError(
            401,
            'identity_invalid',
            'identity.hash does not match identity.userId: compute HMAC-SHA256(identitySecret, userId) as hex on your server.',
          )
        visitorId = visitorIdForUser(account.identitySecret, userId)
      }
      const email = body.email.trim().toLowerCase()
      const orderNumber = body.orderNumber?.trim() || null
      const online = await runtime.inWorkspace(visitorScope(request, account), async (ctx) => {
        await saveVisitor(ctx, { accountId: account.id, visitorId, name, email, orderNumber })
        return (await agentsOnline(ctx)) > 0
      })
      const expiresAt = tokenExpiry()
      const visitorToken = signVisitorToken(account.identitySecret, {
        accountId: account.id,
        workspaceId: account.workspaceId,
        visitorId,
        name,
        email,
        expiresAt,
      })
      return reply.status(201).send({
        visitorToken,
        visitorId,
        expiresAt: new Date(expiresAt * 1000).toISOString(),
        online,
      })
    },
  )
}
