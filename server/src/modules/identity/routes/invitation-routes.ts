import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { principalOf, scopeOf } from '../../../platform/http/request-context.js'
import type { Runtime } from '../../../platform/runtime.js'
import { SESSION_COOKIE } from '../auth-hook.js'
import type { Role } from '../rules/roles.js'
import {
  Body,
  Email,
  errorResponses,
  InvitationSchema,
  MeSchema,
  RoleSchema,
  Uuid,
} from '../schemas.js'
import {
  acceptInvitation,
  createInvitation,
  listInvitations,
  peekInvitation,
  revokeInvitation,
} from '../service/invitations.js'
import { openSession } from '../service/sessions.js'
import { meForSession, setSessionCookies } from './auth-routes.js'

const Secret = Type.Object({ token: Type.String({ minLength: 20, maxLength: 100 }) })

/** Inviting teammates by e-mail and accepting an invitation link. */
export function registerInvitationRoutes(app: FastifyInstance, runtime: Runtime) {
  app.get(
    '/api/v1/workspace/invitations',
    {
      config: { minRole: 'admin' },
      schema: {
        tags: ['workspace'],
        summary: 'Open invitations (admins)',
        response: { 200: Type.Object({ items: Type.Array(InvitationSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await runtime.inWorkspace(scopeOf(request), listInvitations) }),
  )

  app.post(
    '/api/v1/workspace/invitations',
    {
      config: { minRole: 'admin' },
      schema: {
        tags: ['workspace'],
        summary: 'Invite someone by e-mail; the accept link is returned once',
        body: Body({ email: Email, role: RoleSchema }),
        response: {
          201: Type.Object({ invitation: InvitationSchema, acceptUrl: Type.String() }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request)
      const body = request.body as { email: string; role: Role }
      const { invitation, secret } = await runtime.inWorkspace(scopeOf(request), (ctx) =>
        createInvitation(ctx, { role: principal.role, userId: principal.userId }, body),
      )
      const base = runtime.config.publicUrl ?? `${request.protocol}://${request.host}`
      return reply
        .status(201)
        .send({ invitation, acceptUrl: `${base.replace(/\/$/, '')}/invite/${secret}` })
    },
  )

  app.delete(
    '/api/v1/workspace/invitations/:id',
    {
      config: { minRole: 'admin' },
      schema: {
        tags: ['workspace'],
        summary: 'Withdraw an invitation (admins)',
        params: Type.Object({ id: Uuid }),
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string }
      await runtime.inWorkspace(scopeOf(request), (ctx) => revokeInvitation(ctx, id))
      return reply.status(204).send()
    },
  )

  app.get(
    '/api/v1/invitations/:token',
    {
      config: { public: true, rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags: ['workspace'],
        summary: 'What an invitation link offers (public; the link is the secret)',
        security: [],
        params: Secret,
        response: {
          200: Type.Object({
            workspaceName: Type.String(),
            email: Type.String(),
            role: RoleSchema,
            userExists: Type.Boolean(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const row = await peekInvitation(runtime, (request.params as { token: string }).token)
      return {
        workspaceName: row.workspaceName,
        email: row.email,
        role: row.role,
        userExists: row.userId !== null,
      }
    },
  )

  app.post(
    '/api/v1/invitations/:token/accept',
    {
      config: { public: true, rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['workspace'],
        summary:
          'Accept an invitation: new users set a name and password, existing users confirm theirs',
        security: [],
        params: Secret,
        body: Body({
          name: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
          password: Type.String({ minLength: 10, maxLength: 1024 }),
        }),
        response: { 200: MeSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { token } = request.params as { token: string }
      const accepted = await acceptInvitation(
        runtime,
        token,
        request.body as { name?: string; password: string },
      )
      const session = await openSession(runtime, accepted.userId, accepted.workspaceId, {
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        previousToken: request.cookies[SESSION_COOKIE] ?? null,
      })
      setSessionCookies(runtime, reply, session)
      return meForSession(runtime, request, session)
    },
  )
}
