import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../../../platform/context.js'
import { buildUser, loginAs, type TestSession } from '../../../test/factories.js'
import { buildChannelAccount, inboundMessage, ingest } from '../../../test/inbox-factories.js'
import { createTestApp } from '../../../test/test-runtime.js'
import { recordOrderMetrics } from '../service/customer-metrics.js'
import { insertCustomer } from '../service/customers-test-kit.js'

let t: Awaited<ReturnType<typeof createTestApp>>
let owner: TestSession
let agent: TestSession
let viewer: TestSession
let widget: string

beforeAll(async () => {
  t = await createTestApp()
  const user = await buildUser(t.runtime)
  owner = await loginAs(t.app, user)
  agent = await loginAs(
    t.app,
    await buildUser(t.runtime, { role: 'agent', workspace: user.workspace }),
  )
  viewer = await loginAs(
    t.app,
    await buildUser(t.runtime, { role: 'viewer', workspace: user.workspace }),
  )
  widget = await buildChannelAccount(t.runtime, owner.workspaceId, 'widget')
})
afterAll(() => t.close())

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
const call = (as: TestSession, method: Method, url: string, payload?: unknown) =>
  t.app.inject({ method, url, headers: as.headers, payload: payload as object })
const api = (method: Method, url: string, payload?: unknown) => call(agent, method, url, payload)

const newCustomer = (fields: Parameters<typeof insertCustomer>[1] = {}) =>
  t.runtime.inWorkspace({ workspaceId: owner.workspaceId, actor: systemActor('test') }, (ctx) =>
    insertCustomer(ctx, fields),
  )

describe('customers API', () => {
  it('shows, changes, notes, tags and identities of a customer, by role', async () => {
    const id = await newCustomer({ name: 'Ola Lis' })
    const patched = await api('PATCH', `/api/v1/customers/${id}`, {
      email: 'Ola@Example.com',
      attributes: { size: 'M' },
    })
    expect(patched.statusCode).toBe(200)
    expect(patched.json()).toMatchObject({ email: 'ola@example.com', attributes: { size: 'M' } })
    expect((await call(viewer, 'PATCH', `/api/v1/customers/${id}`, { name: 'X' })).statusCode).toBe(
      403,
    )
    const badKey = await api('PATCH', `/api/v1/customers/${id}`, {
      attributes: { 'Shoe Size': '42' },
    })
    expect(badKey.statusCode).toBe(400)
    expect(badKey.json().error).toMatchObject({
      code: 'invalid_attribute_key',
      details: { key: 'Shoe Size' },
    })

    const note = await api('POST', `/api/v1/customers/${id}/notes`, { text: 'Oddzwonić po 16' })
    expect(note.statusCode).toBe(201)
    const tags = await api('PUT', `/api/v1/customers/${id}/tags`, { tags: ['vip', 'hurt'] })
    expect(tags.json().tags.map((x: { name: string }) => x.name)).toEqual(['hurt', 'vip'])
    const login = `kupiec_${randomUUID().slice(0, 6)}`
    expect(
      (
        await api('POST', `/api/v1/customers/${id}/identities`, {
          kind: 'allegro',
          externalId: login,
        })
      ).statusCode,
    ).toBe(201)
    const other = await newCustomer({ name: 'Inna Osoba' })
    const taken = await api('POST', `/api/v1/customers/${other}/identities`, {
      kind: 'allegro',
      externalId: login,
    })
    expect(taken.statusCode).toBe(409)
    expect(taken.json().error.code).toBe('identity_taken')
    expect(taken.json().error.message).toContain(id)

    const profile = (await call(viewer, 'GET', `/api/v1/customers/${id}`)).json()
    expect(profile.notes.map((n: { text: string }) => n.text)).toEqual(['Oddzwonić po 16'])
    expect(profile.identities.map((i: { externalId: string }) => i.externalId)).toEqual([login])
    expect(
      (await api('DELETE', `/api/v1/customers/${id}/notes/${note.json().id}`)).statusCode,
    ).toBe(204)
    expect((await api('GET', `/api/v1/customers/${id}`)).json().notes).toEqual([])
    expect((await api('GET', `/api/v1/customers/${randomUUID()}`)).statusCode).toBe(404)
  })

  it('records consents append-only and lists their history', async () => {
    const id = await newCustomer()
    for (const granted of [true, false])
      expect(
        (
          await api('POST', `/api/v1/customers/${id}/consents`, {
            purpose: 'marketing_email',
            granted,
            source: 'phone call',
          })
        ).statusCode,
      ).toBe(201)
    const history = (await api('GET', `/api/v1/customers/${id}/consents`)).json().items
    expect(history.map((h: { granted: boolean }) => h.granted)).toEqual([false, true])
    const profile = (await api('GET', `/api/v1/customers/${id}`)).json()
    expect(profile.consents).toMatchObject([{ purpose: 'marketing_email', granted: false }])
    const bad = await api('POST', `/api/v1/customers/${id}/consents`, {
      purpose: 'marketing_fax',
      granted: true,
      source: 'x',
    })
    expect(bad.statusCode).toBe(400)
  })

  it('lists with filters, saved filters and a cursor, and counts segments', async () => {
    const name = `Filtrowany ${randomUUID().slice(0, 6)}`
    const ids = [
      await newCustomer({ name }),
      await newCustomer({ name }),
      await newCustomer({ name }),
    ]
    await t.runtime.inWorkspace(
      { workspaceId: owner.workspaceId, actor: systemActor('test') },
      (ctx) =>
        recordOrderMetrics(
          ctx,
          ids.map((customerId, i) => ({
            customerId,
            ordersCount: i + 1,
            lifetimeValueMinor: 10_000 * (i + 1),
            currency: 'PLN',
            firstOrderAt: new Date(Date.now() - (i + 1) * 86_400_000),
            lastOrderAt: new Date(Date.now() - (i + 1) * 86_400_000),
          })),
        ),
    )
    const first = await api('GET', `/api/v1/customers?q=${encodeURIComponent(name)}&limit=2`)
    expect(first.statusCode).toBe(200)
    expect(first.json().items.map((i: { id: string }) => i.id)).toEqual([ids[0], ids[1]])
    const rest = await api(
      'GET',
      `/api/v1/customers?q=${encodeURIComponent(name)}&limit=2&cursor=${first.json().nextCursor}`,
    )
    expect(rest.json()).toEqual({
      items: [expect.objectContaining({ id: ids[2] })],
      nextCursor: null,
    })
    const returning = await api(
      'GET',
      `/api/v1/customers?q=${encodeURIComponent(name)}&segments=returning&minOrders=3`,
    )
    expect(returning.json().items.map((i: { id: string }) => i.id)).toEqual([ids[2]])

    const invalid = await api('GET', '/api/v1/customers?segments=whales&minOrders=5&maxOrders=1')
    expect(invalid.statusCode).toBe(400)
    expect(invalid.json().error.code).toBe('invalid_filter')
    expect(invalid.json().error.details.problems).toHaveLength(2)

    const saved = await api('POST', '/api/v1/customers/saved-filters', {
      name: `Powracający ${name}`,
      filter: { segments: ['returning'], q: name },
    })
    expect(saved.statusCode).toBe(201)
    const duplicate = await api('POST', '/api/v1/customers/saved-filters', {
      name: `Powracający ${name}`,
      filter: {},
    })
    expect(duplicate.json().error.code).toBe('filter_name_taken')
    const typo = await api('POST', '/api/v1/customers/saved-filters', {
      name: 'Typo',
      filter: { segmnets: ['vip'] },
    })
    expect(typo.json().error).toMatchObject({ code: 'invalid_filter' })
    const viaSaved = await api('GET', `/api/v1/customers?savedFilterId=${saved.json().id}`)
    expect(viaSaved.json().items.map((i: { id: string }) => i.id)).toEqual([ids[1], ids[2]])
    const narrowed = await api(
      'GET',
      `/api/v1/customers?savedFilterId=${saved.json().id}&minOrders=3`,
    )
    expect(narrowed.json().items.map((i: { id: string }) => i.id)).toEqual([ids[2]])
    const list = (await api('GET', '/api/v1/customers/saved-filters')).json().items
    expect(list.map((f: { id: string }) => f.id)).toContain(saved.json().id)
    expect(
      (await api('DELETE', `/api/v1/customers/saved-filters/${saved.json().id}`)).statusCode,
    ).toBe(204)
    expect(
      (await api('GET', `/api/v1/customers?savedFilterId=${saved.json().id}`)).statusCode,
    ).toBe(404)

    const segments = (await api('GET', '/api/v1/customers/segments')).json().items
    expect(segments.map((s: { id: string }) => s.id)).toEqual([
      'new',
      'returning',
      'loyal',
      'vip',
      'at_risk',
      'dissatisfied',
      'dormant',
    ])
    const byId = Object.fromEntries(
      segments.map((s: { id: string; customers: number }) => [s.id, s.customers]),
    )
    expect(byId.returning).toBeGreaterThanOrEqual(2)
    expect(byId.new).toBeGreaterThanOrEqual(1)
  })

  it('merges, suggests, dismisses and unmerges', async () => {
    const phone = `+48 6${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`
    const target = await newCustomer({ name: 'Adam Mały', phone })
    const source = await newCustomer({ name: 'Ewa Mała', phone })
    const suggestions = await api('POST', `/api/v1/customers/${target}/suggestions/refresh`)
    expect(
      suggestions.json().items.map((s: { candidate: { id: string } }) => s.candidate.id),
    ).toEqual([source])
    expect(
      (
        await call(viewer, 'POST', '/api/v1/customers/suggestions/dismiss', {
          customerId: target,
          candidateId: source,
        })
      ).statusCode,
    ).toBe(403)
    const merged = await api('POST', `/api/v1/customers/${target}/merge`, { sourceId: source })
    expect(merged.statusCode).toBe(200)
    expect(merged.json().customer.merges.map((m: { sourceId: string }) => m.sourceId)).toEqual([
      source,
    ])
    expect((await api('GET', `/api/v1/customers/${source}`)).json().mergedIntoId).toBe(target)
    const unmerged = await api('POST', `/api/v1/customers/merges/${merged.json().mergeId}/unmerge`)
    expect(unmerged.json()).toEqual({ targetId: target, sourceId: source })
    expect((await api('GET', `/api/v1/customers/${source}`)).json().mergedIntoId).toBeNull()
    // Unmerging says they are different people: no suggestion comes back.
    await api('POST', `/api/v1/customers/${target}/suggestions/refresh`)
    const after = await api('GET', `/api/v1/customers/${target}/suggestions`)
    expect(after.json().items).toEqual([])
    const none = await api('POST', '/api/v1/customers/suggestions/dismiss', {
      customerId: target,
      candidateId: source,
    })
    expect(none.statusCode).toBe(404)
  })

  it('exports as a JSON or HTML attachment with the conversations, and lets only admins erase', async () => {
    const email = `${randomUUID().slice(0, 8)}@example.com`
    const result = await ingest(t.runtime, owner.workspaceId, widget, [
      inboundMessage({
        externalThreadId: randomUUID(),
        author: { name: 'Kasia Wrona', email, externalId: email },
        text: 'Gdzie jest moja paczka <b>teraz</b>?',
      }),
    ])
    const conversationId = result.conversationsCreated[0] as string
    const conversation = (await api('GET', `/api/v1/conversations/${conversationId}`)).json()
    const id = conversation.customer.id as string
    const json = await api('GET', `/api/v1/customers/${id}/export`)
    expect(json.statusCode).toBe(200)
    expect(json.headers['content-disposition']).toMatch(
      /^attachment; filename="customer-.+\.json"$/,
    )
    expect(json.json().conversations[0].messages[0].body).toContain('Gdzie jest moja paczka')
    const html = await api('GET', `/api/v1/customers/${id}/export?format=html&lang=en`)
    expect(html.headers['content-type']).toContain('text/html')
    expect(html.headers['content-disposition']).toMatch(/\.html"$/)
    expect(html.body).toContain('&lt;b&gt;teraz&lt;/b&gt;')
    expect(html.body).not.toContain('<b>teraz')

    const byAgent = await api('POST', `/api/v1/customers/${id}/erase`, { confirm: id })
    expect(byAgent.statusCode).toBe(403)
    const mismatch = await call(owner, 'POST', `/api/v1/customers/${id}/erase`, { confirm: 'nope' })
    expect(mismatch.json().error.code).toBe('confirmation_mismatch')
    const erased = await call(owner, 'POST', `/api/v1/customers/${id}/erase`, {
      confirm: 'Kasia Wrona',
    })
    expect(erased.statusCode).toBe(200)
    expect(erased.json().erasedIds).toEqual([id])
    const after = (await api('GET', `/api/v1/customers/${id}`)).json()
    expect(after).toMatchObject({ name: 'Anonymised customer', email: null, identities: [] })
    expect(after.erasedAt).not.toBeNull()
    const listed = (
      await api('GET', `/api/v1/customers?q=${encodeURIComponent('Kasia Wrona')}`)
    ).json()
    expect(listed.items).toEqual([])
  })

  it('never shows another workspace’s customers', async () => {
    const id = await newCustomer({ name: 'Tajny Klient' })
    const stranger = await loginAs(t.app, await buildUser(t.runtime))
    expect((await call(stranger, 'GET', `/api/v1/customers/${id}`)).statusCode).toBe(404)
    expect(
      (await call(stranger, 'PATCH', `/api/v1/customers/${id}`, { name: 'Hacked' })).statusCode,
    ).toBe(404)
    expect((await call(stranger, 'GET', '/api/v1/customers?q=Tajny')).json().items).toEqual([])
    expect(
      (await call(stranger, 'POST', `/api/v1/customers/${id}/erase`, { confirm: id })).statusCode,
    ).toBe(404)
  })
})
