import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildUser, loginAs, type TestSession } from '../../../test/factories.js'
import { createTestApp } from '../../../test/test-runtime.js'
import { seedDeliveredOrder } from '../service/returns-test-kit.js'

let t: Awaited<ReturnType<typeof createTestApp>>
let owner: TestSession
let workspaceName: string

beforeAll(async () => {
  t = await createTestApp()
  const user = await buildUser(t.runtime)
  workspaceName = user.workspace
  owner = await loginAs(t.app, user)
})
afterAll(() => t.close())

const api = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
  t.app.inject({ method, url, headers: owner.headers, payload: payload as object })

async function openWithdrawal(options: Parameters<typeof seedDeliveredOrder>[2] = {}) {
  const order = await seedDeliveredOrder(t.runtime, owner.workspaceId, options)
  const body = {
    kind: 'withdrawal',
    orderId: order.orderId,
    reasonCode: 'changed_mind',
    items: order.lines.map((line) => ({ orderItemId: line.id, quantity: line.quantity })),
  }
  const response = await api('POST', '/api/v1/returns/cases', body)
  expect(response.statusCode, response.body).toBe(201)
  return { order, ...(response.json() as { caseId: string; number: string }) }
}

describe('cases API', () => {
  it('previews a case with the engine, then opens it with its deadlines', async () => {
    const order = await seedDeliveredOrder(t.runtime, owner.workspaceId, {
      deliveredAt: new Date('2026-11-02T10:00:00Z'),
      flags: [['perishable'], []],
    })
    const body = {
      kind: 'withdrawal',
      orderId: order.orderId,
      reasonCode: 'changed_mind',
      requestedAt: '2026-11-10T09:00:00Z',
      items: order.lines.map((line) => ({ orderItemId: line.id, quantity: line.quantity })),
    }
    const preview = await api('POST', '/api/v1/returns/cases/preview', body)
    expect(preview.statusCode, preview.body).toBe(200)
    expect(preview.json().evaluation).toMatchObject({
      decision: 'accept',
      deadline: '2026-11-16',
      refundBy: '2026-11-24',
    })
    expect(preview.json().items.map((i: { eligible: boolean }) => i.eligible)).toEqual([
      false,
      true,
    ])
    const opened = await api('POST', '/api/v1/returns/cases', body)
    expect(opened.statusCode).toBe(201)
    const detail = (await api('GET', `/api/v1/returns/cases/${opened.json().caseId}`)).json()
    expect(detail).toMatchObject({
      number: opened.json().number,
      status: 'new',
      refundBy: '2026-11-24',
      deadline: '2026-11-16',
    })
    expect(detail.items.map((i: { exception: string | null }) => i.exception)).toEqual([
      'exception_perishable',
      null,
    ])
    expect(detail.portalPath).toMatch(/^\/r\/[A-Za-z0-9_-]{22}$/)
    expect(detail.events.map((e: { action: string }) => e.action)).toEqual(['opened'])
  })

  it('names the field of bad input', async () => {
    const order = await seedDeliveredOrder(t.runtime, owner.workspaceId)
    const unknownLine = await api('POST', '/api/v1/returns/cases', {
      kind: 'withdrawal',
      orderId: order.orderId,
      reasonCode: 'changed_mind',
      items: [{ orderItemId: '00000000-0000-4000-8000-000000000000', quantity: 1 }],
    })
    expect(unknownLine.statusCode).toBe(400)
    expect(unknownLine.json().error.message).toContain('items[0].orderItemId')
    const tooMany = await api('POST', '/api/v1/returns/cases', {
      kind: 'withdrawal',
      orderId: order.orderId,
      reasonCode: 'changed_mind',
      items: [{ orderItemId: order.lines[1]?.id, quantity: 5 }],
    })
    expect(tooMany.json().error.message).toContain('items[0].quantity')
    const remedy = await api('POST', '/api/v1/returns/cases', {
      kind: 'withdrawal',
      orderId: order.orderId,
      reasonCode: 'changed_mind',
      requestedRemedy: 'repair',
      items: [{ orderItemId: order.lines[1]?.id, quantity: 1 }],
    })
    expect(remedy.statusCode).toBe(400)
    const badReason = await api('POST', '/api/v1/returns/cases', {
      kind: 'complaint',
      reasonCode: 'because',
      items: [],
    })
    expect(badReason.statusCode).toBe(400)
  })

  it('previews without saving, confirms once, and refuses a confirmation on a stale version', async () => {
    const { caseId } = await openWithdrawal()
    const preview = await api('POST', `/api/v1/returns/cases/${caseId}/actions/preview`, {
      action: { type: 'accept' },
    })
    expect(preview.statusCode).toBe(200)
    expect(preview.json()).toMatchObject({
      ok: true,
      version: 1,
      refund: { totalMinor: 4900 * 2 + 11900 + 1499 },
    })
    expect((await api('GET', `/api/v1/returns/cases/${caseId}`)).json().status).toBe('new')
    const confirmed = await api('POST', `/api/v1/returns/cases/${caseId}/actions`, {
      action: { type: 'accept' },
      expectedVersion: 1,
    })
    expect(confirmed.statusCode, confirmed.body).toBe(200)
    const again = await api('POST', `/api/v1/returns/cases/${caseId}/actions`, {
      action: { type: 'refund', method: 'bank_transfer' },
      expectedVersion: 1,
    })
    expect(again.statusCode).toBe(409)
    expect(again.json().error.code).toBe('case_changed')
    const refund = await api('POST', `/api/v1/returns/cases/${caseId}/actions`, {
      action: { type: 'refund', method: 'bank_transfer' },
      expectedVersion: 2,
    })
    expect(refund.statusCode).toBe(200)
    const detail = (await api('GET', `/api/v1/returns/cases/${caseId}`)).json()
    expect(detail).toMatchObject({
      status: 'resolved',
      decision: 'accepted',
      refundedMinor: 23199,
      remainingRefundMinor: 0,
    })
    expect(detail.refunds).toMatchObject([
      { amountMinor: 23199, status: 'done', method: 'bank_transfer' },
    ])
    expect(detail.events.map((e: { action: string }) => e.action)).toEqual([
      'opened',
      'accept',
      'refund',
    ])
    const mails = await t.runtime.database.db
      .selectFrom('returnCaseMails')
      .select('kind')
      .where('caseId', '=', caseId)
      .orderBy('createdAt')
      .execute()
    expect(mails.map((m) => m.kind).sort()).toEqual(['accepted', 'opened', 'refunded'])
    const events = await t.runtime.database.db
      .selectFrom('domainEvents')
      .select('name')
      .where('entityId', '=', caseId)
      .execute()
    expect(events.map((e) => e.name).sort()).toEqual([
      'returns.case.accepted',
      'returns.case.opened',
      'returns.case.refunded',
    ])
  })

  it('answers 422 with the errors of an action the case does not allow', async () => {
    const { caseId } = await openWithdrawal()
    const response = await api('POST', `/api/v1/returns/cases/${caseId}/actions`, {
      action: { type: 'refuse', grounds: ['period_expired'], justification: 'x' },
    })
    expect(response.statusCode).toBe(422)
    expect(response.json().error.details.errors.map((e: { code: string }) => e.code)).toEqual([
      'ground_not_available',
      'justification_required',
    ])
    const bad = await api('POST', `/api/v1/returns/cases/${caseId}/actions`, {
      action: { type: 'explode' },
    })
    expect(bad.statusCode).toBe(400)
  })

  it('stores evidence by its bytes, refusing what is not an image or PDF', async () => {
    const { caseId } = await openWithdrawal()
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489',
      'hex',
    )
    const upload = (content: Buffer, type = 'image/png') =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/returns/cases/${caseId}/files?fileName=paczka.png&purpose=evidence`,
        headers: { ...owner.headers, 'content-type': type },
        payload: content,
      })
    const first = await upload(png)
    expect(first.statusCode, first.body).toBe(201)
    expect((await upload(png)).statusCode).toBe(200)
    expect((await upload(Buffer.from('not an image'), 'application/octet-stream')).statusCode).toBe(
      415,
    )
    const file = await t.app.inject({
      method: 'GET',
      url: `/api/v1/returns/files/${first.json().fileId}`,
      headers: owner.headers,
    })
    expect(file.headers['content-type']).toBe('image/png')
    expect(file.rawPayload.equals(png)).toBe(true)
  })

  it('lists cases most urgent first in a fixed number of queries', async () => {
    for (let i = 0; i < 3; i++) await openWithdrawal()
    const counter = t.runtime.database.counter
    const queriesFor = async (limit: number) => {
      const before = counter.queries
      const response = await api('GET', `/api/v1/returns/cases?view=all&limit=${limit}`)
      expect(response.statusCode).toBe(200)
      return { queries: counter.queries - before, body: response.json() }
    }
    const small = await queriesFor(1)
    const large = await queriesFor(10)
    expect(large.queries).toBe(small.queries)
    expect(large.body.items.length).toBeGreaterThan(3)
    expect(large.body.total).toBe(large.body.items.length)
  })

  it('lets a viewer read but not act', async () => {
    const { caseId } = await openWithdrawal()
    const viewer = await loginAs(
      t.app,
      await buildUser(t.runtime, { role: 'viewer', workspace: workspaceName }),
    )
    const read = await t.app.inject({
      method: 'GET',
      url: `/api/v1/returns/cases/${caseId}`,
      headers: viewer.headers,
    })
    expect(read.statusCode).toBe(200)
    const act = await t.app.inject({
      method: 'POST',
      url: `/api/v1/returns/cases/${caseId}/actions`,
      headers: viewer.headers,
      payload: { action: { type: 'accept' } },
    })
    expect(act.statusCode).toBe(403)
  })
})
