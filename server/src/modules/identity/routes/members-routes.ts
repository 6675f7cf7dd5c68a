import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { notFound } from '../../../platform/http/errors.js'
import { principalOf, scopeOf } from '../../../platform/http/request-context.js'
import type { Runtime } from '../../../platform/runtime.js'
import { identityServices } from '../identity-services.js'
import type { Role } from '../rules/roles.js'
import { Body, errorResponses, MemberSchema, RoleSchema, Uuid } from '../schemas.js'
import { changeMemberRole, listMembers, removeMember } from '../service/members.js'

const Params = Type.Object({ userId: Uuid })

/** Members of the current workspace and their roles. */
export function registerMembersRoutes(app: FastifyInstance, runtime: Runtime) {
  app.get(
    '/api/v1/workspace/members',
    {
      schema: {
        tags: ['workspace'],
        summary: 'Members with roles and what you may do to each',
        response: { 200: Type.Object({ items: Type.Array(MemberSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const principal = principalOf(request)
      const items = await runtime.inWorkspace(scopeOf(request), (ctx) =>
        listMembers(ctx, principal.role, principal.userId),
      )
      return { items }
    },
  )

  app.patch(
    '/api/v1/workspace/members/:userId',
    {
      config: { minRole: 'admin' },
      schema: {
        tags: ['workspace'],
        summary: "Change a member's role (admins; only owners touch ownership)",
        params: Params,
        body: Body({ role: RoleSchema }),
        response: { 200: MemberSchema, ...errorResponses },
      },
    },
    async (request) => {
      const principal = principalOf(request)
      const { userId } = request.params as { userId: string }
      const { role } = request.body as { role: Role }
      const actor = { role: principal.role, userId: principal.userId }
      const member = await runtime.inWorkspace(scopeOf(request), async (ctx) => {
        await changeMemberRole(ctx, actor, userId, role)
        return (await listMembers(ctx, principal.role, principal.userId)).find(
          (m) => m.userId === userId,
        )
      })
      identityServices(runtime).invalidate({ kind: 'user', id: userId })
      if (!member) throw notFound('The member')
      return member
    },
  )

  app.delete(
    '/api/v1/workspace/members/:userId',
    {
      schema: {
        tags: ['workspace'],
        summary: 'Remove a member (admins), or leave the workspace yourself',
        params: Params,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request)
      const { userId } = request.params as { userId: string }
      await runtime.inWorkspace(scopeOf(request), (ctx) =>
        removeMember(ctx, { role: principal.role, userId: principal.userId }, userId),
      )
      identityServices(runtime).invalidate({ kind: 'user', id: userId })
      return reply.status(204).send()
    },
  )
}
