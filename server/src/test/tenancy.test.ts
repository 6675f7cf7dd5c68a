import type { RouteOptions } from 'fastify'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { upsertOrders } from '../modules/orders/service/import/upsert-orders.js'
import { openReturnCase } from '../modules/returns/index.js'
import { systemActor } from '../platform/context.js'
import { buildUser, loginAs, type TestSession } from './factories.js'
import { buildChannelAccount, inboundMessage, ingest } from './inbox-factories.js'
import { shopOrderInput } from './order-factories.js'
import { sampleValue } from './sample-body.js'
import { createTestApp } from './test-runtime.js'

/**
 * Walks every registered route as the owner of workspace B, aiming each at workspace A's ids,
 * and proves that nothing of A is read or changed. Routes added by later modules are walked
 * automatically; a route can only opt out with a written `tenancyExempt` reason.
 */
let t: Awaited<ReturnType<typeof createTestApp>>
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const MARKER_A = `tenantA${Date.now().toString(36)}`

async function seedWorkspaceA() {
  const owner = await buildUser(t.runtime, {
    name: `${MARKER_A} Owner`,
    workspace: `${MARKER_A} Shop`,
  })
  const agent = await buildUser(t.runtime, {
    role: 'agent',
    name: `${MARKER_A} Agent`,
    workspace: `${MARKER_A} Shop`,
  })
  const session = await loginAs(t.app, owner)
  const token = await t.app.inject({
    method: 'POST',
    url: '/api/v1/workspace/api-tokens',
    headers: session.headers,
    payload: { name: `${MARKER_A} token` },
  })
  const invitation = await t.app.inject({
    method: 'POST',
    url: '/api/v1/workspace/invitations',
    headers: session.headers,
    payload: { email: `${MARKER_A.toLowerCase()}@tenant-a.test`, role: 'viewer' },
  })
  // Later modules add their A-side data here (conversations, orders, returns…).
  const channel = await buildChannelAccount(t.runtime, owner.workspaceId, 'widget', {
    name: `${MARKER_A} chat`,
  })
  const ingested = await ingest(t.runtime, owner.workspaceId, channel, [
    inboundMessage({
      externalThreadId: 'tenant-a-thread',
      subject: `${MARKER_A} subject`,
      text: `${MARKER_A} message`,
      author: { name: `${MARKER_A} Customer`, email: 'customer@tenant-a.test', externalId: null },
    }),
  ])
  const conversationId = ingested.conversationsCreated[0] as string
  const reply = await t.app.inject({
    method: 'POST',
    // A note, not a reply: a reply's delivery job would change A's rows during the walk.
    url: `/api/v1/conversations/${conversationId}/notes`,
    headers: session.headers,
    payload: { text: `${MARKER_A} note` },
  })
  const team = await t.app.inject({
    method: 'POST',
    url: '/api/v1/teams',
    headers: session.headers,
    payload: { name: `${MARKER_A} team`, memberIds: [agent.userId] },
  })
  // Orders by the import path: no notification jobs that would change A's rows during the walk.
  const orders = await t.runtime.inWorkspace(
    { workspaceId: owner.workspaceId, actor: systemActor('test') },
    (ctx) =>
      upsertOrders(ctx, [
        shopOrderInput({
          number: `${MARKER_A}-ORDER`,
          buyer: {
            name: `${MARKER_A} Buyer`,
            email: 'buyer@tenant-a.test',
            phone: null,
            login: null,
          },
          shipments: [{ carrier: 'inpost', trackingNumber: '620145893201457836004242' }],
        }),
      ]),
  )
  const orderId = orders.created[0]?.id as string
  const order = await t.runtime.database.db
    .selectFrom('orders')
    .select(['trackingToken', 'customerId'])
    .where('id', '=', orderId)
    .executeTakeFirstOrThrow()
  // A marketplace case: no e-mail job that would change A's rows during the walk.
  const returnCase = await t.runtime.inWorkspace(
    { workspaceId: owner.workspaceId, actor: systemActor('test') },
    async (ctx) => {
      const line = await ctx.trx
        .selectFrom('orderItems')
        .select('id')
        .where('orderId', '=', orderId)
        .executeTakeFirstOrThrow()
      return openReturnCase(ctx, {
        kind: 'complaint',
        source: 'allegro_issue',
        externalId: `${MARKER_A}-ISSUE`,
        orderId,
        reasonCode: 'defective',
        description: `${MARKER_A} complaint`,
        items: [{ orderItemId: line.id, quantity: 1 }],
      })
    },
  )
  const ids = [
    owner.workspaceId,
    orderId,
    returnCase.caseId,
    order.customerId as string,
    channel,
    conversationId,
    reply.json().messageId,
    team.json().id,
    owner.userId,
    agent.userId,
    token.json().token.id,
    invitation.json().invitation.id,
  ]
  return {
    owner,
    agent,
    session,
    ids,
    secrets: [
      token.json().secret,
      owner.email,
      agent.email,
      order.trackingToken,
      returnCase.portalToken,
    ],
  }
}

/** Every row that belongs to workspace A, read as the database owner (no RLS). */
async function snapshotOf(workspaceId: string): Promise<string> {
  const { db } = t.runtime.database
  const tables = await sql<{ tableName: string }>`
    select table_name from information_schema.columns
     where table_schema = 'public' and column_name = 'workspace_id' order by table_name`.execute(db)
  const parts: Record<string, unknown> = {}
  for (const { tableName } of tables.rows) {
    const rows =
      await sql`select * from ${sql.table(tableName)} where workspace_id = ${workspaceId} order by 1`.execute(
        db,
      )
    parts[tableName] = rows.rows
  }
  parts.workspace = (await sql`select * from workspaces where id = ${workspaceId}`.execute(db)).rows
  parts.users = (
    await sql`select u.* from users u join memberships m on m.user_id = u.id where m.workspace_id = ${workspaceId} order by u.id`.execute(
      db,
    )
  ).rows
  return JSON.stringify(parts)
}

function walkable(route: RouteOptions): boolean {
  const url = route.url
  const method = String(route.method)
  return !(method === 'HEAD' || route.config?.tenancyExempt || url.startsWith('/api/docs'))
}

describe('cross-workspace isolation', () => {
  it('no route lets workspace B read or change workspace A', async () => {
    const a = await seedWorkspaceA()
    const before = await snapshotOf(a.owner.workspaceId)
    const bUser = await buildUser(t.runtime, { name: 'Tenant B Owner' })
    let b: TestSession = await loginAs(t.app, bUser)

    const routes = t.app.registeredRoutes.filter(walkable)
    // Sign-out last, so B stays signed in for the walk.
    routes.sort((x, y) => Number(x.url.includes('logout')) - Number(y.url.includes('logout')))
    expect(routes.length).toBeGreaterThan(15)
    const forbiddenText = [...a.ids, ...a.secrets, MARKER_A]
    const walked: string[] = []
    for (const route of routes) {
      const methods = Array.isArray(route.method) ? route.method : [route.method]
      for (const method of methods) {
        const candidates = route.url.includes(':') ? a.ids : [a.ids[0]!]
        for (const id of candidates) {
          const url = route.url.replace(/:[A-Za-z]+/g, id)
          const schema = route.schema as { body?: object } | undefined
          const payload = schema?.body
            ? (sampleValue(schema.body, id, 'tenantB') as object)
            : undefined
          const response = await t.app.inject({
            method: method as 'GET',
            url,
            headers: b.headers,
            payload,
          })
          const label = `${method} ${route.url} (${id})`
          expect(response.statusCode, `${label} → ${response.body}`).toBeLessThan(500)
          for (const text of forbiddenText) {
            expect(response.body.toLowerCase(), `${label} leaked ${text}`).not.toContain(
              text.toLowerCase(),
            )
          }
          walked.push(label)
          const stillIn = await t.app.inject({
            method: 'GET',
            url: '/api/v1/me',
            headers: b.headers,
          })
          if (stillIn.statusCode !== 200) b = await loginAs(t.app, bUser)
        }
      }
    }
    expect(await snapshotOf(a.owner.workspaceId)).toBe(before)
    expect(walked.length).toBeGreaterThan(40)
    // A itself still sees its data: the walk did not pass because everything is empty.
    const own = await t.app.inject({
      method: 'GET',
      url: '/api/v1/workspace/api-tokens',
      headers: a.session.headers,
    })
    expect(own.body).toContain(`${MARKER_A} token`)
  }, 120_000)

  it('every route that opts out says why', () => {
    for (const route of t.app.registeredRoutes) {
      const reason = route.config?.tenancyExempt
      if (reason !== undefined) expect(typeof reason === 'string' && reason.length > 3).toBe(true)
    }
  })
})
