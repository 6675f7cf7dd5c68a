import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildUser } from '../../../test/factories.js'
import { buildChannelAccount } from '../../../test/inbox-factories.js'
import { createTestApp } from '../../../test/test-runtime.js'
import {
  brandTrackingPage,
  PRIVATE_BUYER,
  seedTrackedOrder,
} from '../service/tracking-page/tracking-page-test-kit.js'

let t: Awaited<ReturnType<typeof createTestApp>>
let shop: { workspaceId: string }
let quietShop: { workspaceId: string }
let order: { orderId: string; number: string; token: string }

beforeAll(async () => {
  t = await createTestApp()
  shop = await buildUser(t.runtime, { workspace: `Kraina Kawy ${Date.now()}` })
  await buildChannelAccount(t.runtime, shop.workspaceId, 'widget', { name: 'Czat' })
  await brandTrackingPage(t.runtime, shop.workspaceId, {
    shopName: 'Kraina Kawy',
    accentColor: '#4a2f1b',
    logoUrl: 'https://cdn.example.pl/kraina-kawy.png',
  })
  order = await seedTrackedOrder(t.runtime, shop.workspaceId, {
    parcels: [
      {
        carrier: 'inpost',
        scans: [
          ['info_received', 50, null],
          ['in_transit', 40, 'Poznań, sortownia'],
          ['in_transit', 20, 'Kraków, oddział'],
        ],
      },
    ],
  })
  quietShop = await buildUser(t.runtime)
})
afterAll(() => t.close())

const page = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers })

/** The text of the timeline's entries, newest first. */
const timelineStatuses = (body: string) =>
  [...body.matchAll(/<li data-kind="(order|parcel)" data-status="([a-z_]+)"/g)].map((m) => m[2])

describe('GET /t/:token', () => {
  it('renders the order in Polish: headline, estimate, timeline, parcel and items', async () => {
    const response = await page(`/t/${order.token}`)
    expect(response.statusCode).toBe(200)
    const body = response.body
    expect(body).toMatch(/^<!doctype html>\n<html lang="pl">/)
    expect(body).toContain(`Zamówienie ${order.number}`)
    expect(body).toContain('data-headline="in_transit"')
    expect(body).toContain('W drodze do Ciebie')
    expect(body).toContain('Kraina Kawy')
    expect(body).toContain('src="https://cdn.example.pl/kraina-kawy.png"')
    // No carrier date: an estimate, and it says so.
    expect(body).toContain('Szacowana dostawa')
    expect(body).toContain('<span class="badge">szacunek</span>')
    expect(timelineStatuses(body)).toEqual([
      'in_transit',
      'in_transit',
      'info_received',
      'shipped',
      'paid',
      'placed',
    ])
    expect(body).toContain('Kraków, oddział')
    expect(body).toContain('InPost')
    expect(body).toContain('https://inpost.pl/sledzenie-przesylek?number=620145893201457836001000')
    expect(body).toContain('Kawa Etiopia Yirgacheffe 250 g <span class="q">× 2</span>')
    expect(body).toContain('98,00\u00a0zł')
    expect(body).toContain('Dostawa do: Poznań')
    expect(body).toContain(`action="/t/${order.token}/problem#problem"`)
    expect(body).toContain(`href="/t/${order.token}/return"`)
  })

  it('sends private, unindexed, script-free pages under a strict CSP', async () => {
    const response = await page(`/t/${order.token}`)
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(response.headers['cache-control']).toBe('private, no-store')
    expect(response.headers['referrer-policy']).toBe('no-referrer')
    expect(response.headers['x-robots-tag']).toContain('noindex')
    const csp = String(response.headers['content-security-policy'])
    const nonce = /style-src 'nonce-([^']+)'/.exec(csp)?.[1]
    expect(nonce).toBeTruthy()
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("form-action 'self'")
    expect(response.body).toContain(`<style nonce="${nonce}">`)
    expect(response.body).not.toMatch(/<script|\sstyle="|\son[a-z]+="/i)
    const css = /<style[^>]*>([\s\S]*?)<\/style>/.exec(response.body)?.[1] ?? ''
    expect(Buffer.byteLength(css)).toBeLessThan(8 * 1024)
  })

  it('shows no buyer e-mail, phone, name, login, street or internal ids', async () => {
    const body = (await page(`/t/${order.token}`)).body
    for (const secret of [
      PRIVATE_BUYER.email,
      PRIVATE_BUYER.phone,
      PRIVATE_BUYER.name,
      PRIVATE_BUYER.login,
      PRIVATE_BUYER.street,
      PRIVATE_BUYER.postCode,
      order.orderId,
      shop.workspaceId,
    ])
      expect(body).not.toContain(secret)
    const shipmentIds = await t.runtime.database.db
      .selectFrom('shipments')
      .select('id')
      .where('orderId', '=', order.orderId)
      .execute()
    for (const { id } of shipmentIds) expect(body).not.toContain(id)
  })

  it('speaks English and German by ?lang=, Accept-Language and the order locale', async () => {
    const english = await page(`/t/${order.token}?lang=en`, { 'accept-language': 'de-DE' })
    expect(english.body).toContain('<html lang="en">')
    expect(english.body).toContain('On its way to you')
    expect(english.body).toContain('Estimated delivery')
    expect(english.body).toContain('Report a problem')
    expect(english.body).toContain(`href="/t/${order.token}/return?lang=en"`)
    const german = await page(`/t/${order.token}`, {
      'accept-language': 'fr-FR, de;q=0.8, en;q=0.5',
    })
    expect(german.body).toContain('<html lang="de">')
    expect(german.body).toContain('Auf dem Weg zu Ihnen')
    expect(german.body).toContain('Geschätzte Zustellung')
    expect(german.body).toContain('Problem melden')
    const ordered = await seedTrackedOrder(t.runtime, shop.workspaceId, {
      locale: 'de-AT',
      status: 'paid',
    })
    const byLocale = await page(`/t/${ordered.token}`)
    expect(byLocale.body).toContain('<html lang="de">')
    expect(byLocale.body).toContain('Bezahlt — der Händler bereitet Ihr Paket vor')
  })

  it('says "out for delivery today" and shows the carrier date without an estimate label', async () => {
    const today = await seedTrackedOrder(t.runtime, shop.workspaceId, {
      parcels: [
        {
          carrier: 'dpd',
          expectedDeliveryAt: new Date(Date.now() + 2 * 3_600_000),
          scans: [
            ['in_transit', 20, 'Warszawa'],
            ['out_for_delivery', 0.05, 'Poznań'],
          ],
        },
      ],
    })
    const body = (await page(`/t/${today.token}?lang=en`)).body
    expect(body).toContain('Out for delivery today')
    expect(body).toContain('Expected delivery')
    expect(body).not.toContain('data-estimate')
  })

  it('answers a malformed token with the not-found page without touching the database', async () => {
    const before = t.runtime.database.counter.queries
    const response = await page('/t/not-a-token', { 'accept-language': 'de' })
    expect(t.runtime.database.counter.queries).toBe(before)
    expect(response.statusCode).toBe(404)
    expect(response.headers['cache-control']).toBe('private, no-store')
    expect(response.body).toContain('Wir finden diese Sendung nicht')
  })

  it('answers an unknown token with the same localised not-found page', async () => {
    const unknown = await page(`/t/${'ab'.repeat(16)}`)
    const malformed = await page('/t/xyz')
    expect(unknown.statusCode).toBe(404)
    expect(unknown.body).toContain('Nie znaleźliśmy tej przesyłki')
    const strip = (html: string) => html.replace(/nonce="[^"]+"/, '')
    expect(strip(unknown.body)).toBe(strip(malformed.body))
  })

  it('reads a page in the same number of queries however many parcels and scans', async () => {
    const big = await seedTrackedOrder(t.runtime, shop.workspaceId, {
      parcels: Array.from({ length: 3 }, (_, p) => ({
        carrier: 'gls' as const,
        trackingNumber: `GLS${p}00012345678`,
        scans: Array.from(
          { length: 12 },
          (_, k) => ['in_transit', 40 - k, `Hub ${k}`] as ['in_transit', number, string],
        ),
      })),
    })
    const small = await seedTrackedOrder(t.runtime, shop.workspaceId)
    const queries = async (token: string) => {
      await page(`/t/${token}`) // the first view also looks the token's workspace up
      const before = t.runtime.database.counter.queries
      expect((await page(`/t/${token}`)).statusCode).toBe(200)
      return t.runtime.database.counter.queries - before
    }
    const many = await queries(big.token)
    expect(many).toBe(await queries(small.token))
    // begin, set workspace and role, the page, commit (token and time zone are remembered)
    expect(many).toBeLessThanOrEqual(4)
  })
})

describe('a shop without a chat widget', () => {
  it('offers its reply-to address instead of the form, and refuses reports with 409', async () => {
    await brandTrackingPage(t.runtime, quietShop.workspaceId, { replyToEmail: 'sklep@example.pl' })
    const quiet = await seedTrackedOrder(t.runtime, quietShop.workspaceId)
    const body = (await page(`/t/${quiet.token}`)).body
    expect(body).not.toContain('data-testid="problem-form"')
    expect(body).toContain(
      `href="mailto:sklep@example.pl?subject=Problem%20z%20zam%C3%B3wieniem%20${quiet.number}"`,
    )
    const json = await t.app.inject({
      method: 'POST',
      url: `/t/${quiet.token}/problem`,
      payload: { message: 'Paczka nie dotarła.' },
    })
    expect(json.statusCode).toBe(409)
    expect(json.json().error.code).toBe('reports_unavailable')
    const form = await t.app.inject({
      method: 'POST',
      url: `/t/${quiet.token}/problem`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'message=Paczka+nie+dotar%C5%82a.&lang=pl',
    })
    expect(form.statusCode).toBe(409)
    expect(form.body).toContain('Zgłoszenia są wyłączone')
    expect(form.body).toContain('mailto:sklep@example.pl')
  })

  it('hides the button when there is no reply-to address either', async () => {
    const other = await buildUser(t.runtime)
    const silent = await seedTrackedOrder(t.runtime, other.workspaceId)
    const body = (await page(`/t/${silent.token}`)).body
    expect(body).not.toContain('Zgłoś problem')
    expect(body).not.toContain('mailto:')
  })
})
