import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { scopeOf } from '../../../platform/http/request-context.js'
import { Body, errorResponses, Uuid } from '../../../platform/http/schema-types.js'
import type { Runtime } from '../../../platform/runtime.js'
import { type ConsentPurpose, consentHistory, recordConsent } from '../service/consents.js'
import { addCustomerNote, deleteCustomerNote } from '../service/customer-notes.js'
import { setCustomerTags } from '../service/customer-tags.js'
import { addIdentity, listIdentities } from '../service/identities.js'
import { loadCustomer } from '../service/load-customer.js'
import { ConsentSchema, IdentitySchema, NoteSchema, PurposeSchema, TagSchema } from './schemas.js'

const Params = Type.Object({ id: Uuid })

/** Notes, tags, identities and consents of one customer. */
export function registerCustomerDetailRoutes(app: FastifyInstance, runtime: Runtime) {
  app.post(
    '/api/v1/customers/:id/notes',
    {
      config: { minRole: 'agent' },
      schema: {
        tags: ['customers'],
        summary: 'Add an internal note about the customer',
        params: Params,
        body: Body({ text: Type.String({ minLength: 1, maxLength: 10_000 }) }),
        response: { 201: NoteSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string }
      const { text } = request.body as { text: string }
      const note = await runtime.inWorkspace(scopeOf(request), (ctx) =>
        addCustomerNote(ctx, id, text),
      )
      return reply.status(201).send(note)
    },
  )

  app.delete(
    '/api/v1/customers/:id/notes/:noteId',
    {
      config: { minRole: 'agent' },
      schema: {
        tags: ['customers'],
        summary: 'Delete a note',
        params: Type.Object({ id: Uuid, noteId: Uuid }),
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id, noteId } = request.params as { id: string; noteId: string }
      await runtime.inWorkspace(scopeOf(request), (ctx) => deleteCustomerNote(ctx, id, noteId))
      return reply.status(204).send()
    },
  )

  app.put(
    '/api/v1/customers/:id/tags',
    {
      config: { minRole: 'agent' },
      schema: {
        tags: ['customers'],
        summary: 'Replace the customer’s tags (new names create tags)',
        params: Params,
        body: Body({
          tags: Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 30 }),
        }),
        response: { 200: Type.Object({ tags: Type.Array(TagSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string }
      const { tags } = request.body as { tags: string[] }
      return {
        tags: await runtime.inWorkspace(scopeOf(request), (ctx) => setCustomerTags(ctx, id, tags)),
      }
    },
  )

  app.get(
    '/api/v1/customers/:id/identities',
    {
      schema: {
        tags: ['customers'],
        summary:
          'Where the customer is known: e-mails, phones, marketplace accounts, chat visitors',
        params: Params,
        response: { 200: Type.Object({ items: Type.Array(IdentitySchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string }
      return runtime.inWorkspace(scopeOf(request), async (ctx) => {
        await loadCustomer(ctx, id)
        return { items: await listIdentities(ctx, id) }
      })
    },
  )

  app.post(
    '/api/v1/customers/:id/identities',
    {
      config: { minRole: 'agent' },
      schema: {
        tags: ['customers'],
        summary:
          'Add an identity; 409 identity_taken names the customer who has it (merge them instead)',
        params: Params,
        body: Body({
          kind: Type.String({ minLength: 2, maxLength: 20 }),
          externalId: Type.String({ minLength: 1, maxLength: 500 }),
        }),
        response: { 201: IdentitySchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string }
      const body = request.body as { kind: string; externalId: string }
      const identity = await runtime.inWorkspace(scopeOf(request), (ctx) =>
        addIdentity(ctx, id, body),
      )
      return reply.status(201).send(identity)
    },
  )

  app.post(
    '/api/v1/customers/:id/consents',
    {
      config: { minRole: 'agent' },
      schema: {
        tags: ['customers'],
        summary:
          'Record the customer’s marketing choice (append-only; withdrawing is a record with granted: false)',
        params: Params,
        body: Body({
          purpose: PurposeSchema,
          granted: Type.Boolean(),
          source: Type.String({ minLength: 1, maxLength: 200 }),
        }),
        response: { 201: ConsentSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string }
      const body = request.body as { purpose: ConsentPurpose; granted: boolean; source: string }
      const record = await runtime.inWorkspace(scopeOf(request), (ctx) =>
        recordConsent(ctx, id, body),
      )
      return reply.status(201).send(record)
    },
  )

  app.get(
    '/api/v1/customers/:id/consents',
    {
      schema: {
        tags: ['customers'],
        summary: 'Every consent record of the customer, newest first',
        params: Params,
        response: { 200: Type.Object({ items: Type.Array(ConsentSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string }
      return runtime.inWorkspace(scopeOf(request), async (ctx) => {
        await loadCustomer(ctx, id)
        return { items: await consentHistory(ctx, id) }
      })
    },
  )
}
