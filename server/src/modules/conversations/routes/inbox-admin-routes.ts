import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { forbidden } from '../../../platform/http/errors.js'
import { principalOf, scopeOf } from '../../../platform/http/request-context.js'
import { Body, errorResponses, Uuid } from '../../../platform/http/schema-types.js'
import type { Runtime } from '../../../platform/runtime.js'
import { listTags } from '../../customers/index.js'
import { hasRole } from '../../identity/index.js'
import {
  deleteTeam,
  listAgents,
  listTeams,
  saveInboxSettings,
  saveTeam,
  setAgentCapacity,
} from '../service/inbox-admin.js'
import { inboxSettings } from '../service/sla-setup.js'

const Interval = Type.Object(
  { start: Type.String(), end: Type.String() },
  { additionalProperties: false },
)
const Hours = Type.Record(
  Type.String({ pattern: '^[1-7]$' }),
  Type.Array(Interval, { maxItems: 6 }),
)
const TeamSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  memberIds: Type.Array(Type.String()),
})
const TeamBody = Body({
  name: Type.String({ minLength: 1, maxLength: 60 }),
  memberIds: Type.Array(Uuid, { maxItems: 500 }),
})

/** Agents' capacity, teams, business hours and tags. */
export function registerInboxAdminRoutes(app: FastifyInstance, runtime: Runtime) {
  const inWorkspace = runtime.inWorkspace.bind(runtime)
  app.get(
    '/api/v1/agents',
    {
      schema: {
        tags: ['inbox settings'],
        summary: 'Members with capacity, load and online state',
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                userId: Type.String(),
                name: Type.String(),
                email: Type.String(),
                role: Type.String(),
                capacity: Type.Unsafe<number | null>({ type: ['integer', 'null'] }),
                available: Type.Boolean(),
                openCount: Type.Integer(),
                online: Type.Boolean(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => ({ items: await inWorkspace(scopeOf(request), listAgents) }),
  )
  app.patch(
    '/api/v1/agents/:userId',
    {
      config: { minRole: 'agent' },
      schema: {
        tags: ['inbox settings'],
        summary: 'Set capacity (admins) or availability (admins or the agent)',
        params: Type.Object({ userId: Uuid }),
        body: Body({
          capacity: Type.Optional(
            Type.Unsafe<number | null>({ type: ['integer', 'null'], minimum: 1, maximum: 1000 }),
          ),
          available: Type.Optional(Type.Boolean()),
        }),
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { userId } = request.params as { userId: string }
      const body = request.body as { capacity?: number | null; available?: boolean }
      const principal = principalOf(request)
      const admin = hasRole(principal.role, 'admin')
      if (!admin && (body.capacity !== undefined || userId !== principal.userId))
        throw forbidden('Only admins set capacity or other agents’ availability.')
      await inWorkspace(scopeOf(request), (ctx) => setAgentCapacity(ctx, userId, body))
      return reply.status(204).send()
    },
  )
  app.get(
    '/api/v1/teams',
    {
      schema: {
        tags: ['inbox settings'],
        summary: 'Teams and their members',
        response: { 200: Type.Object({ items: Type.Array(TeamSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await inWorkspace(scopeOf(request), listTeams) }),
  )
  app.post(
    '/api/v1/teams',
    {
      config: { minRole: 'admin' },
      schema: {
        tags: ['inbox settings'],
        summary: 'Create a team',
        body: TeamBody,
        response: { 201: Type.Object({ id: Type.String() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const id = await inWorkspace(scopeOf(request), (ctx) =>
        saveTeam(ctx, request.body as { name: string; memberIds: string[] }),
      )
      return reply.status(201).send({ id })
    },
  )
  app.put(
    '/api/v1/teams/:id/members',
    {
      config: { minRole: 'admin' },
      schema: {
        tags: ['inbox settings'],
        summary: 'Rename a team and set its members',
        params: Type.Object({ id: Uuid }),
        body: TeamBody,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string }
      await inWorkspace(scopeOf(request), (ctx) =>
        saveTeam(ctx, { ...(request.body as { name: string; memberIds: string[] }), id }),
      )
      return reply.status(204).send()
    },
  )
  app.delete(
    '/api/v1/teams/:id',
    {
      config: { minRole: 'admin' },
      schema: {
        tags: ['inbox settings'],
        summary: 'Delete a team',
        params: Type.Object({ id: Uuid }),
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string }
      await inWorkspace(scopeOf(request), (ctx) => deleteTeam(ctx, id))
      return reply.status(204).send()
    },
  )
  app.get(
    '/api/v1/inbox-settings',
    {
      schema: {
        tags: ['inbox settings'],
        summary: 'Business hours and SLA at-risk ratio',
        response: {
          200: Type.Object({ businessHours: Hours, slaAtRiskRatio: Type.Number() }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const settings = await inWorkspace(scopeOf(request), inboxSettings)
      return { businessHours: settings.businessHours, slaAtRiskRatio: settings.atRiskRatio }
    },
  )
  app.put(
    '/api/v1/inbox-settings',
    {
      config: { minRole: 'admin' },
      schema: {
        tags: ['inbox settings'],
        summary: 'Set business hours (Mon=1…Sun=7) and the at-risk ratio',
        body: Body({
          businessHours: Hours,
          slaAtRiskRatio: Type.Number({ exclusiveMinimum: 0, exclusiveMaximum: 1 }),
        }),
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await inWorkspace(scopeOf(request), (ctx) =>
        saveInboxSettings(ctx, request.body as { businessHours: unknown; slaAtRiskRatio: number }),
      )
      return reply.status(204).send()
    },
  )
  app.get(
    '/api/v1/tags',
    {
      schema: {
        tags: ['inbox'],
        summary: 'Tags shared by conversations and customers',
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({ id: Type.String(), name: Type.String(), color: Type.String() }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => ({ items: await inWorkspace(scopeOf(request), listTags) }),
  )
}
