import Fastify from 'fastify'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { AllegroSimState } from './allegro-sim-state.js'
import { registerAllegroSimulator } from './register-allegro-simulator.js'
import { seedAllegroDemo } from './seed-allegro-demo.js'
import { JSON_TYPE, SELLER, type SimCall, startSimForTests } from './sim-test-kit.js'

let kit: Awaited<ReturnType<typeof startSimForTests>>
const api = (path: string, init?: SimCall) => kit.api(path, init)
const state = () => kit.sim.state

beforeAll(async () => {
  kit = await startSimForTests()
})
afterAll(() => kit.sim.close())
beforeEach(() => kit.reset())

describe('Allegro simulator: attachments', () => {
  it('declares, uploads, attaches and downloads a file; refuses wrong types and sizes', async () => {
    const png = Buffer.from('89504e470d0a1a0a', 'hex')
    const declare = (json: unknown) =>
      api('/messaging/message-attachments', { method: 'POST', json })
    const declared = await declare({ filename: 'zdjecie.png', size: png.length })
    expect(declared.status).toBe(201)
    const path = `/messaging/message-attachments/${declared.body.id}`
    const put = (type: string, body: Buffer | string) =>
      api(path, {
        method: 'PUT',
        headers: { 'content-type': type },
        body: typeof body === 'string' ? body : new Uint8Array(body),
      })
    expect((await put('text/plain', 'x')).status).toBe(415)
    expect((await put('image/png', Buffer.alloc(png.length + 1))).status).toBe(413)
    expect(await put('image/png', png)).toMatchObject({
      status: 200,
      body: { id: declared.body.id },
    })
    expect((await declare({ filename: 'a.exe', size: 1 })).status).toBe(415)
    expect((await declare({ filename: 'a.png', size: 6_000_000 })).status).toBe(422)
    const thread = state().write({ sellerLogin: SELLER, buyerLogin: 'jan', text: 'Hej' }).threadId
    const post = (json: unknown) =>
      api(`/messaging/threads/${thread}/messages`, { method: 'POST', json })
    const posted = await post({
      text: 'Zdjęcie w załączniku',
      attachments: [{ id: declared.body.id }],
    })
    expect(posted.body.attachments).toEqual([
      {
        fileName: 'zdjecie.png',
        mimeType: 'image/png',
        url: `${kit.sim.url}${path}`,
        status: 'SAFE',
      },
    ])
    const download = await fetch(`${kit.sim.url}${path}`, {
      headers: { authorization: `Bearer ${kit.token}` },
    })
    expect(download.headers.get('content-type')).toBe('image/png')
    expect(download.headers.get('content-disposition')).toContain('zdjecie.png')
    expect(Buffer.from(await download.arrayBuffer())).toEqual(png)
    expect((await post({ text: 'x', attachments: [{ id: 'nope' }] })).status).toBe(422)
  })
})

describe('Allegro simulator: control API, seed and mounting', () => {
  it('lets another process play the buyer and read what the seller sent', async () => {
    const control = (path: string, body?: unknown) =>
      fetch(`${kit.sim.url}/_control${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      }).then((r) => r.json())
    const pdf = Buffer.from('%PDF').toString('base64')
    const written = await control('/buyer-messages', {
      sellerLogin: SELLER,
      buyerLogin: 'ola',
      text: 'Gdzie moja paczka?',
      orderId: 'o-1',
      attachments: [
        { filename: 'paragon.pdf', contentType: 'application/pdf', contentBase64: pdf },
      ],
    })
    await api(`/messaging/threads/${written.threadId}/messages`, {
      method: 'POST',
      json: { text: 'Już wysłana.' },
    })
    const messages = await control(`/threads/${written.threadId}/messages`)
    type Row = { authorLogin: string; text: string }
    expect(messages.map((m: Row) => [m.authorLogin, m.text])).toEqual([
      ['ola', 'Gdzie moja paczka?'],
      [SELLER, 'Już wysłana.'],
    ])
    expect(messages[0].attachments[0]).toMatchObject({ filename: 'paragon.pdf', size: 4 })
    await control('/faults', { pattern: '/messaging/threads', status: 503 })
    expect((await api('/messaging/threads')).status).toBe(503)
  })

  it('seeds a demo seller with Polish buyer threads, once', async () => {
    const seed = seedAllegroDemo(state(), { redirectUris: ['http://localhost/cb'] })
    expect(seed.threadIds).toHaveLength(4)
    expect(seedAllegroDemo(state()).threadIds).toHaveLength(4)
    expect(state().apps.get(seed.clientId)?.redirectUris).toEqual(['http://localhost/cb'])
    const texts = [...state().messages.values()].map((m) => m.text).join('\n')
    expect(texts).toMatch(/faktury VAT/)
    expect(texts).toMatch(/pękniętym dzbankiem/)
  })

  it('mounts under a prefix inside another Fastify app, with absolute URLs carrying the prefix', async () => {
    const mounted = new AllegroSimState()
    mounted.registerApp({ clientId: 'app', clientSecret: 'secret' })
    const host = Fastify()
    // The host's own parsers stay untouched outside the simulator's scope.
    host.addContentTypeParser('application/x-www-form-urlencoded', (_r, _b, done) => done(null, {}))
    const seen: unknown[] = []
    host.addHook('onRequest', async (request) => {
      seen.push(request.routeOptions.config)
    })
    await host.register(registerAllegroSimulator, {
      prefix: '/_sim/allegro',
      state: mounted,
      routeConfig: { public: true },
    })
    const url = await host.listen({ port: 0, host: '127.0.0.1' })
    try {
      const bearer = mounted.issueTokens('app', SELLER).access_token
      const file = { filename: 'a.png', contentType: 'image/png', content: Buffer.from('x') }
      const written = mounted.write({
        sellerLogin: SELLER,
        buyerLogin: 'ola',
        text: 'Hej',
        attachments: [file],
      })
      const base = `${url}/_sim/allegro`
      const response = await fetch(`${base}/messaging/threads/${written.threadId}/messages`, {
        headers: { authorization: `Bearer ${bearer}`, accept: JSON_TYPE },
      })
      const body = await response.json()
      expect(body.messages[0].attachments[0].url).toMatch(`${base}/messaging/message-attachments/`)
      const device = await fetch(`${base}/auth/oauth/device`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from('app:secret').toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: 'client_id=app',
      }).then((r) => r.json())
      expect(device.verification_uri).toBe(`${base}/skojarz-aplikacje`)
      expect((await fetch(`${base}/nope`)).status).toBe(404)
      expect(seen.length).toBeGreaterThan(1)
      expect(seen.slice(0, 2)).toEqual([
        expect.objectContaining({ public: true }),
        expect.objectContaining({ public: true }),
      ])
    } finally {
      await host.close()
    }
  })
})
