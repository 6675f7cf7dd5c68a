import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSession, buildUser, loginAs, type TestSession } from '../../../test/factories.js'
import { buildChannelAccount, inboundMessage, ingest } from '../../../test/inbox-factories.js'
import { createTestApp } from '../../../test/test-runtime.js'

let t: Awaited<ReturnType<typeof createTestApp>>
let owner: TestSession
let widget: string

beforeAll(async () => {
  t = await createTestApp()
  owner = await buildSession(t.runtime, t.app)
  widget = await buildChannelAccount(t.runtime, owner.workspaceId, 'widget', {
    slaClock: '24/7',
    slaFirstResponseMinutes: 30,
  })
})
afterAll(() => t.close())

const api = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: unknown) =>
  t.app.inject({ method, url, headers: owner.headers, payload: payload as object })

async function newConversation(text = 'Paczka nie dotarła', threadId = crypto.randomUUID()) {
  const result = await ingest(t.runtime, owner.workspaceId, widget, [
    inboundMessage({ externalThreadId: threadId, text, sentAt: new Date(Date.now() - 60_000) }),
  ])
  return result.conversationsCreated[0] as string
}

describe('inbox API', () => {
  it('lists a view in SLA order with a fixed number of queries whatever the page size', async () => {
    for (let i = 0; i < 6; i++) await newConversation(`Pytanie ${i}`)
    const counter = t.runtime.database.counter
    const queriesFor = async (limit: number) => {
      const before = counter.queries
      const response = await api('GET', `/api/v1/conversations?limit=${limit}`)
      expect(response.statusCode).toBe(200)
      return { queries: counter.queries - before, body: response.json() }
    }
    const small = await queriesFor(2)
    const large = await queriesFor(6)
    expect(large.queries).toBe(small.queries)
    expect(large.body.items).toHaveLength(6)
    const dues = large.body.items.map((i: { sla: { dueAt: string } }) => i.sla.dueAt)
    expect([...dues].sort()).toEqual(dues)
    const next = await api('GET', `/api/v1/conversations?limit=2&cursor=${small.body.nextCursor}`)
    expect(next.json().items[0].id).toBe(large.body.items[2].id)
  })

  it('answers a bad cursor or filter with a 400 naming it', async () => {
    expect((await api('GET', '/api/v1/conversations?cursor=nonsense')).json().error.code).toBe(
      'invalid_cursor',
    )
    expect((await api('GET', '/api/v1/conversations?view=everything')).statusCode).toBe(400)
  })

  it('queues a reply, delivers it through the job and shows it sent', async () => {
    const id = await newConversation('Czy mogę zmienić adres?')
    const reply = await api('POST', `/api/v1/conversations/${id}/replies`, {
      text: 'Tak, proszę podać nowy adres.',
    })
    expect(reply.statusCode).toBe(201)
    const { messageId } = reply.json()
    const queued = (await api('GET', `/api/v1/conversations/${id}/messages`)).json().items
    expect(queued.at(-1)).toMatchObject({ id: messageId, deliveryStatus: 'queued' })
    await t.runtime.jobs.work(1)
    // Up to 30 s: on a loaded CI machine another test file's worker may be the one delivering it.
    for (let i = 0; i < 300; i++) {
      const items = (await api('GET', `/api/v1/conversations/${id}/messages`)).json().items
      if (items.at(-1).deliveryStatus === 'sent') break
      await new Promise((r) => setTimeout(r, 100))
    }
    const detail = (await api('GET', `/api/v1/conversations/${id}`)).json()
    expect(detail.firstReplyAt).not.toBeNull()
    expect(detail.waitingSince).toBeNull()
    const items = (await api('GET', `/api/v1/conversations/${id}/messages`)).json().items
    expect(items.at(-1).deliveryStatus).toBe('sent')
  }, 60_000)

  it('changes status, snoozes, tags, notes with mentions and merges', async () => {
    const a = await newConversation('Reklamacja ekspresu')
    const b = await newConversation('Reklamacja ekspresu – zdjęcia')
    expect(
      (await api('PATCH', `/api/v1/conversations/${a}`, { status: 'snoozed' })).json().error.code,
    ).toBe('invalid_snooze')
    const snoozed = await api('PATCH', `/api/v1/conversations/${a}`, {
      snoozedUntil: new Date(Date.now() + 3_600_000).toISOString(),
    })
    expect(snoozed.json().status).toBe('snoozed')
    const tagged = await api('PUT', `/api/v1/conversations/${a}/tags`, {
      tags: ['reklamacja', 'VIP'],
    })
    expect(tagged.json().tags.map((x: { name: string }) => x.name)).toEqual(['reklamacja', 'VIP'])
    const note = await api('POST', `/api/v1/conversations/${a}/notes`, {
      text: '@Anna zobacz',
      mentions: [owner.userId],
    })
    expect(note.statusCode).toBe(201)
    const merged = await api('POST', `/api/v1/conversations/${b}/merge`, { intoId: a })
    expect(merged.statusCode).toBe(200)
    expect(merged.json().messageCount).toBe(2)
    const source = (await api('GET', `/api/v1/conversations/${b}`)).json()
    expect(source.mergedIntoId).toBe(a)
    expect(source.abilities.reply).toBe(false)
  })

  it('searches messages by words and customers by name', async () => {
    await newConversation('Młynek do kawy przyszedł uszkodzony')
    const found = (
      await api('GET', `/api/v1/search?q=${encodeURIComponent('młynek uszkodz')}`)
    ).json()
    expect(found.conversations.some((c: { preview: string }) => c.preview.includes('Młynek'))).toBe(
      true,
    )
    const byName = (await api('GET', '/api/v1/search?q=Kowal')).json()
    expect(byName.customers.length).toBeGreaterThan(0)
    expect((await api('GET', '/api/v1/search?q=a')).statusCode).toBe(400)
  })

  it('never shows another workspace’s conversations', async () => {
    const stranger = await loginAs(t.app, await buildUser(t.runtime))
    const id = await newConversation()
    const other = await t.app.inject({
      method: 'GET',
      url: `/api/v1/conversations/${id}`,
      headers: stranger.headers,
    })
    expect(other.statusCode).toBe(404)
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/conversations',
      headers: stranger.headers,
    })
    expect(list.json().items).toHaveLength(0)
  })
})

describe('inbox counts', () => {
  it('counts open conversations per view', async () => {
    const response = await api('GET', '/api/v1/conversations/counts')
    expect(response.statusCode).toBe(200)
    const body = response.json()
    expect(body.views.all).toBeGreaterThan(0)
    expect(body.views.unassigned).toBeLessThanOrEqual(body.views.all)
    expect(body.views.sla_at_risk).toBeGreaterThanOrEqual(0)
    expect(body.channels[widget]).toBe(body.views.all)
  })
})

describe('web chat identity secret', () => {
  it('is rotated by admins and shown once, only for web chat accounts', async () => {
    const rotated = await api('POST', `/api/v1/channel-accounts/${widget}/widget/identity-secret`)
    expect(rotated.statusCode).toBe(200)
    expect(rotated.json().identitySecret.length).toBeGreaterThan(30)
    const list = (await api('GET', '/api/v1/channel-accounts')).json()
    expect(JSON.stringify(list)).not.toContain(rotated.json().identitySecret)
    const email = await buildChannelAccount(t.runtime, owner.workspaceId, 'email')
    const refused = await api('POST', `/api/v1/channel-accounts/${email}/widget/identity-secret`)
    expect(refused.json().error.code).toBe('not_widget')
  })
})
