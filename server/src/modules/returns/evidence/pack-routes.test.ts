import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSession, buildUser, loginAs, type TestSession } from '../../../test/factories.js'
import { buildOrders, shopOrderInput } from '../../../test/order-factories.js'
import { solidPng, tinyJpeg, webpHeader } from '../../../test/test-images.js'
import { createTestApp } from '../../../test/test-runtime.js'

let t: Awaited<ReturnType<typeof createTestApp>>
let owner: TestSession
let agent: TestSession
let viewer: TestSession

beforeAll(async () => {
  t = await createTestApp()
  owner = await buildSession(t.runtime, t.app)
  const workspace = (
    await t.runtime.database.db
      .selectFrom('workspaces')
      .select('name')
      .where('id', '=', owner.workspaceId)
      .executeTakeFirstOrThrow()
  ).name
  agent = await loginAs(t.app, await buildUser(t.runtime, { role: 'agent', workspace }))
  viewer = await loginAs(t.app, await buildUser(t.runtime, { role: 'viewer', workspace }))
})
afterAll(() => t.close())

const call = (
  session: TestSession,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: unknown,
  contentType?: string,
) =>
  t.app.inject({
    method,
    url,
    headers: { ...session.headers, ...(contentType ? { 'content-type': contentType } : {}) },
    payload: payload as string,
  })

async function newOrder(number: string, trackingNumber?: string) {
  const [id] = await buildOrders(t.runtime, owner.workspaceId, [
    shopOrderInput({
      number,
      externalId: `ext-${number}`,
      items: [
        { sku: 'KAWA-1', name: 'Kawa Etiopia 250 g', quantity: 2, unitPriceMinor: 4900 },
        { sku: 'MLYNEK', name: 'Młynek ręczny', quantity: 1, unitPriceMinor: 15900 },
      ],
      ...(trackingNumber ? { shipments: [{ carrier: 'inpost', trackingNumber }] } : {}),
    }),
  ])
  return id as string
}

describe('pack station API', () => {
  it('finds the order by number, marketplace id or a tracking number typed with spaces', async () => {
    const number = `PK-${Date.now().toString(36)}`
    const tracking = `6201458932014578360${Math.floor(Math.random() * 89999) + 10000}`
    const id = await newOrder(number, tracking)
    for (const q of [number, `ext-${number}`, ` ${tracking.replace(/(\d{4})/g, '$1 ')} `]) {
      const found = await call(agent, 'GET', `/api/v1/pack/lookup?q=${encodeURIComponent(q)}`)
      expect(found.statusCode, found.body).toBe(200)
      expect(found.json().order.id).toBe(id)
    }
    const body = (await call(agent, 'GET', `/api/v1/pack/lookup?q=${number}`)).json()
    expect(body.order.items.map((i: { sku: string }) => i.sku)).toEqual(['KAWA-1', 'MLYNEK'])
    expect(body.checklist).toContain('Brak uszkodzeń')
    const english = (await call(agent, 'GET', `/api/v1/pack/lookup?q=${number}&lang=en`)).json()
    expect(english.checklist).toContain('No damage')
    expect(body.previousChecks).toBe(0)
    const missing = await call(agent, 'GET', '/api/v1/pack/lookup?q=NO-SUCH-ORDER')
    expect(missing.statusCode).toBe(404)
    expect(missing.json().error.code).toBe('order_not_found')
    expect(missing.json().error.message).toContain('NO-SUCH-ORDER')
  })

  it('lets admins set the checklist within its limits and packers see it', async () => {
    const items = ['Produkt zgodny', '  Ilość  ', 'Ilość', 'Taśma firmowa']
    expect(
      (await call(agent, 'PUT', '/api/v1/settings/packing', { checklist: items })).statusCode,
    ).toBe(403)
    const tooMany = Array.from({ length: 21 }, (_, i) => `Punkt ${i}`)
    for (const checklist of [[], tooMany, ['x'.repeat(121)]]) {
      const bad = await call(owner, 'PUT', '/api/v1/settings/packing', { checklist })
      expect(bad.statusCode).toBe(400)
    }
    const saved = await call(owner, 'PUT', '/api/v1/settings/packing', { checklist: items })
    expect(saved.statusCode, saved.body).toBe(200)
    expect(saved.json().checklist).toEqual(['Produkt zgodny', 'Ilość', 'Taśma firmowa'])
    const read = (await call(viewer, 'GET', '/api/v1/settings/packing')).json()
    expect(read.checklist).toEqual(['Produkt zgodny', 'Ilość', 'Taśma firmowa'])
    const event = await t.runtime.database.db
      .selectFrom('domainEvents')
      .select('name')
      .where('workspaceId', '=', owner.workspaceId)
      .where('name', '=', 'returns.settings.updated')
      .executeTakeFirst()
    expect(event?.name).toBe('returns.settings.updated')
  })

  it('records a check with warnings for unticked items, attaches photos and lists them', async () => {
    const id = await newOrder(`PC-${Date.now().toString(36)}`)
    const photo = await call(
      agent,
      'POST',
      `/api/v1/orders/${id}/pack-photos`,
      tinyJpeg('a'),
      'image/jpeg',
    )
    expect(photo.statusCode, photo.body).toBe(201)
    const check = await call(agent, 'POST', `/api/v1/orders/${id}/pack-checks`, {
      checklist: [
        { item: 'Produkt zgodny', checked: true },
        { item: 'Brak uszkodzeń', checked: false },
      ],
      note: 'Karton z wypełniaczem',
      photoIds: [photo.json().id],
    })
    expect(check.statusCode, check.body).toBe(201)
    expect(check.json()).toMatchObject({ warnings: ['Brak uszkodzeń'], photosAttached: 1 })
    const listed = (await call(viewer, 'GET', `/api/v1/orders/${id}/pack-checks`)).json()
    expect(listed.checks).toHaveLength(1)
    expect(listed.checks[0]).toMatchObject({
      note: 'Karton z wypełniaczem',
      packedBy: agent.userId,
    })
    expect(listed.checks[0].photos.map((p: { id: string }) => p.id)).toEqual([photo.json().id])
    expect(JSON.stringify(listed)).not.toContain('fileKey')
    const event = await t.runtime.database.db
      .selectFrom('domainEvents')
      .select(['entityId', 'changes'])
      .where('workspaceId', '=', owner.workspaceId)
      .where('name', '=', 'returns.packCheck.recorded')
      .where('entityId', '=', id)
      .executeTakeFirstOrThrow()
    expect(JSON.stringify(event.changes)).toContain('Brak uszkodzeń')
    expect(
      (
        await call(viewer, 'POST', `/api/v1/orders/${id}/pack-checks`, {
          checklist: [{ item: 'x', checked: true }],
        })
      ).statusCode,
    ).toBe(403)
    const unknown = '00000000-0000-4000-8000-000000000000'
    expect(
      (
        await call(agent, 'POST', `/api/v1/orders/${unknown}/pack-checks`, {
          checklist: [{ item: 'x', checked: true }],
        })
      ).statusCode,
    ).toBe(404)
    expect((await call(agent, 'GET', `/api/v1/orders/${unknown}/pack-checks`)).statusCode).toBe(404)
  })

  it('stores photos once per order, checks their bytes and size, and serves them privately', async () => {
    const id = await newOrder(`PH-${Date.now().toString(36)}`)
    const png = solidPng(20, 10, [200, 30, 30])
    const url = `/api/v1/orders/${id}/pack-photos`
    const first = await call(agent, 'POST', url, png, 'image/png')
    expect(first.statusCode, first.body).toBe(201)
    const again = await call(agent, 'POST', url, png, 'image/png')
    expect(again.statusCode).toBe(200)
    expect(again.json().id).toBe(first.json().id)
    // Declared as JPEG but really a PNG: stored as what the bytes are.
    const relabelled = await call(agent, 'POST', url, solidPng(4, 4, [0, 0, 0]), 'image/jpeg')
    expect(relabelled.json().contentType).toBe('image/png')
    expect((await call(agent, 'POST', url, webpHeader(), 'image/webp')).statusCode).toBe(201)
    const text = await call(agent, 'POST', url, 'hello', 'text/plain')
    expect(text.statusCode).toBe(415)
    const fake = await call(agent, 'POST', url, Buffer.from('not really a jpeg'), 'image/jpeg')
    expect(fake.statusCode).toBe(415)
    expect(fake.json().error.code).toBe('unsupported_image')
    const huge = Buffer.concat([tinyJpeg('big'), Buffer.alloc(10 * 1024 * 1024)])
    const tooBig = await call(agent, 'POST', url, huge, 'image/jpeg')
    expect(tooBig.statusCode).toBe(413)
    const otherOrder = await newOrder(`PX-${Date.now().toString(36)}`)
    const otherCheck = await call(agent, 'POST', `/api/v1/orders/${otherOrder}/pack-checks`, {
      checklist: [{ item: 'x', checked: true }],
    })
    const wrongCheck = await call(
      agent,
      'POST',
      `${url}?packCheckId=${otherCheck.json().id}`,
      tinyJpeg('w'),
      'image/jpeg',
    )
    expect(wrongCheck.statusCode).toBe(404)
    const served = await call(viewer, 'GET', first.json().url)
    expect(served.statusCode).toBe(200)
    expect(served.headers['content-type']).toBe('image/png')
    expect(served.headers['cache-control']).toContain('private')
    expect(served.rawPayload.equals(png)).toBe(true)
    const stranger = await buildSession(t.runtime, t.app)
    expect((await call(stranger, 'GET', first.json().url)).statusCode).toBe(404)
    expect((await call(stranger, 'POST', url, tinyJpeg('s'), 'image/jpeg')).statusCode).toBe(404)
  })

  it('lists checks and photos in a fixed number of queries however many there are', async () => {
    const few = await newOrder(`QF-${Date.now().toString(36)}`)
    const many = await newOrder(`QM-${Date.now().toString(36)}`)
    const pack = async (orderId: string, checks: number) => {
      for (let c = 0; c < checks; c++) {
        const photos = [1, 2].map((p) => tinyJpeg(`${orderId}-${c}-${p}`))
        const ids: string[] = []
        for (const bytes of photos)
          ids.push(
            (
              await call(
                agent,
                'POST',
                `/api/v1/orders/${orderId}/pack-photos`,
                bytes,
                'image/jpeg',
              )
            ).json().id,
          )
        await call(agent, 'POST', `/api/v1/orders/${orderId}/pack-checks`, {
          checklist: [{ item: 'Produkt zgodny', checked: true }],
          photoIds: ids,
        })
      }
    }
    await pack(few, 1)
    await pack(many, 5)
    const queriesFor = async (orderId: string) => {
      const url = `/api/v1/orders/${orderId}/pack-checks`
      await call(viewer, 'GET', url)
      const before = t.runtime.database.counter.queries
      const response = await call(viewer, 'GET', url)
      return { queries: t.runtime.database.counter.queries - before, body: response.json() }
    }
    const small = await queriesFor(few)
    const large = await queriesFor(many)
    expect(large.body.checks).toHaveLength(5)
    expect(large.body.checks.flatMap((c: { photos: unknown[] }) => c.photos)).toHaveLength(10)
    expect(large.queries).toBe(small.queries)
  })
})
