import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../../../platform/context.js'
import { buildUser } from '../../../test/factories.js'
import { createTestApp } from '../../../test/test-runtime.js'
import {
  brandTrackingPage,
  PRIVATE_BUYER,
} from '../../orders/service/tracking-page/tracking-page-test-kit.js'
import { openReturnCase } from '../service/open-case.js'
import { jpegPhoto, multipartBody, seedPortalOrder } from './portal-test-kit.js'

let t: Awaited<ReturnType<typeof createTestApp>>
let shop: { workspaceId: string }
let slug: string

beforeAll(async () => {
  t = await createTestApp()
  shop = await buildUser(t.runtime, { workspace: `Kraina Kawy ${randomUUID().slice(0, 8)}` })
  await brandTrackingPage(t.runtime, shop.workspaceId, { shopName: 'Kraina Kawy' })
  const row = await t.runtime.database.db
    .selectFrom('workspaces')
    .select('slug')
    .where('id', '=', shop.workspaceId)
    .executeTakeFirstOrThrow()
  slug = row.slug
})
afterAll(() => t.close())

let ip = 0
const nextIp = () => `198.51.100.${++ip}`
const lookup = (workspaceSlug: string, fields: Record<string, string>, remoteAddress = nextIp()) =>
  t.app.inject({
    method: 'POST',
    url: `/shop/${workspaceSlug}/returns`,
    remoteAddress,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(fields).toString(),
  })
const withoutNonce = (html: string) => html.replace(/nonce="[^"]+"/, '')

/** Opens a case as the portal would, straight through the service. */
async function openCase(
  workspaceId: string,
  order: { orderId: string; dripper: string },
  kind: 'withdrawal' | 'complaint',
) {
  return t.runtime.inWorkspace({ workspaceId, actor: systemActor('test') }, (ctx) =>
    openReturnCase(ctx, {
      kind,
      source: 'portal',
      orderId: order.orderId,
      reasonCode: kind === 'complaint' ? 'defective' : 'wrong_size',
      description: kind === 'complaint' ? 'Pęknięty spód.' : '',
      requestedRemedy: kind === 'complaint' ? 'repair' : null,
      language: 'en',
      items: [{ orderItemId: order.dripper, quantity: 1 }],
    }),
  )
}

describe('the start page /shop/:workspaceSlug/returns', () => {
  it('asks for the order number and e-mail in the shop’s look', async () => {
    const response = await t.app.inject({ method: 'GET', url: `/shop/${slug}/returns?lang=en` })
    expect(response.statusCode).toBe(200)
    expect(response.body).toContain('Kraina Kawy')
    expect(response.body).toContain('name="number"')
    expect(response.body).toContain('name="email"')
    expect(response.headers['cache-control']).toBe('private, no-store')
  })

  it('finds the order by number and e-mail (any letter case, a leading #) and sends the customer to its return page', async () => {
    const order = await seedPortalOrder(t.runtime, shop.workspaceId)
    const found = await lookup(slug, {
      number: `#${order.number.toLowerCase()}`,
      email: PRIVATE_BUYER.email.toUpperCase(),
      lang: 'de',
    })
    expect(found.statusCode).toBe(303)
    expect(found.headers.location).toBe(`/t/${order.token}/return?lang=de`)
  })

  it('answers a wrong e-mail and an unknown number with the same page', async () => {
    const order = await seedPortalOrder(t.runtime, shop.workspaceId)
    const wrongEmail = await lookup(slug, { number: order.number, email: 'ktos@example.pl' })
    const unknown = await lookup(slug, { number: 'NIE-MA-TAKIEGO', email: PRIVATE_BUYER.email })
    expect(wrongEmail.statusCode).toBe(404)
    expect(unknown.statusCode).toBe(404)
    expect(wrongEmail.body).toContain('Nie znaleźliśmy zamówienia o tym numerze i adresie e-mail.')
    // What was typed comes back, so the pages differ there only.
    const blank = (html: string) => withoutNonce(html).replace(/value="[^"]*"/g, '')
    expect(blank(wrongEmail.body)).toBe(blank(unknown.body))
    expect(wrongEmail.body).not.toContain(order.token)
  })

  it('allows ten look-ups per address and shop in ten minutes, then answers 429', async () => {
    const address = nextIp()
    for (let i = 0; i < 10; i++)
      expect((await lookup(slug, { number: `X-${i}`, email: 'a@b.pl' }, address)).statusCode).toBe(
        404,
      )
    const refused = await lookup(slug, { number: 'X-10', email: 'a@b.pl', lang: 'en' }, address)
    expect(refused.statusCode).toBe(429)
    expect(refused.body).toContain('Too many attempts')
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
  })

  it('does not know a slug without a shop', async () => {
    const unknown = await t.app.inject({ method: 'GET', url: '/shop/no-such-shop-here/returns' })
    expect(unknown.statusCode).toBe(404)
    expect(unknown.headers['content-type']).toContain('text/html')
  })

  it('never finds an order of another shop', async () => {
    const other = await buildUser(t.runtime)
    const foreign = await seedPortalOrder(t.runtime, other.workspaceId)
    const response = await lookup(slug, { number: foreign.number, email: PRIVATE_BUYER.email })
    expect(response.statusCode).toBe(404)
    expect(response.body).not.toContain(foreign.token)
  })
})

describe('the status page /r/:portalToken', () => {
  it('shows a complaint’s status, deadlines with the art. 7a sentence, and the customer-safe history', async () => {
    const order = await seedPortalOrder(t.runtime, shop.workspaceId)
    const opened = await openCase(shop.workspaceId, order, 'complaint')
    await t.runtime.database.db
      .insertInto('returnCaseEvents')
      .values([
        {
          workspaceId: shop.workspaceId,
          caseId: opened.caseId,
          action: 'note',
          actorType: 'agent',
          note: 'Internal: probably dropped it',
          detail: '{}',
        },
        {
          workspaceId: shop.workspaceId,
          caseId: opened.caseId,
          action: 'item_requested',
          actorType: 'agent',
          note: 'Internal: ask for the box',
          detail: '{}',
        },
      ])
      .execute()
    const response = await t.app.inject({ method: 'GET', url: `/r/${opened.portalToken}` })
    expect(response.statusCode).toBe(200)
    const body = response.body
    expect(body).toContain('<html lang="en">')
    expect(body).toContain(`Request ${opened.number}`)
    expect(body).toContain('data-status="new"')
    expect(body).toMatch(/We will answer your complaint by \d{1,2} [A-Z][a-z]+ \d{4}\./)
    expect(body).toMatch(
      /If we do not answer by [^<]+, your complaint is deemed accepted \(art\. 7a/,
    )
    expect(body).toContain('The shop asks you to send the item back')
    expect(body).toContain('Request received')
    expect(body).not.toContain('Internal:')
    expect(body).not.toContain(PRIVATE_BUYER.email)
    expect(body).toContain(`href="/t/${order.token}?lang=en"`)
    const polish = await t.app.inject({ method: 'GET', url: `/r/${opened.portalToken}?lang=pl` })
    expect(polish.body).toContain(`Zgłoszenie ${opened.number}`)
  })

  it('shows the return address to a customer with an eligible withdrawal', async () => {
    const address = JSON.stringify({
      name: 'Kraina Kawy — zwroty',
      street: 'ul. Magazynowa 3',
      postCode: '60-001',
      city: 'Poznań',
      countryCode: 'PL',
    })
    const instructions = JSON.stringify({ en: 'Put the order number on the parcel.' })
    await t.runtime.database.db
      .insertInto('returnSettings')
      .values({
        workspaceId: shop.workspaceId,
        returnAddress: address,
        returnInstructions: instructions,
      })
      .onConflict((oc) =>
        oc
          .column('workspaceId')
          .doUpdateSet({ returnAddress: address, returnInstructions: instructions }),
      )
      .execute()
    const order = await seedPortalOrder(t.runtime, shop.workspaceId)
    const opened = await openCase(shop.workspaceId, order, 'withdrawal')
    const body = (await t.app.inject({ method: 'GET', url: `/r/${opened.portalToken}` })).body
    expect(body).toContain('ul. Magazynowa 3')
    expect(body).toContain('Put the order number on the parcel.')
    expect(body).toMatch(/Send the items back by \d{1,2} [A-Z][a-z]+ \d{4}/)
  })

  it('takes more photos and refuses a file that is not one', async () => {
    const order = await seedPortalOrder(t.runtime, shop.workspaceId)
    const opened = await openCase(shop.workspaceId, order, 'complaint')
    const url = `/r/${opened.portalToken}/photos`
    const good = await t.app.inject({
      method: 'POST',
      url,
      ...multipartBody({ lang: 'en' }, [jpegPhoto(), jpegPhoto()]),
    })
    expect(good.statusCode).toBe(303)
    expect(good.headers.location).toBe(`/r/${opened.portalToken}?lang=en&photos=2#photos`)
    const files = await t.runtime.database.db
      .selectFrom('returnCaseFiles')
      .select('uploadedBy')
      .where('caseId', '=', opened.caseId)
      .execute()
    expect(files).toHaveLength(2)
    const page = await t.app.inject({ method: 'GET', url: good.headers.location as string })
    expect(page.body).toContain('2 photos added.')
    expect(page.body).toContain('You added a photo')
    const bad = await t.app.inject({
      method: 'POST',
      url,
      ...multipartBody({ lang: 'en' }, [
        { ...jpegPhoto(), content: Buffer.from('%PDF-1.7 not a photo') },
      ]),
    })
    expect(bad.statusCode).toBe(415)
    expect(bad.body).toContain('This file is not a JPEG, PNG or WebP photo.')
    const none = await t.app.inject({ method: 'POST', url, ...multipartBody({ lang: 'en' }) })
    expect(none.statusCode).toBe(400)
    expect(none.body).toContain('Choose at least one photo.')
  })

  it('shows one not-found page for malformed, unknown and other shops’ tokens, never their data', async () => {
    const other = await buildUser(t.runtime)
    await brandTrackingPage(t.runtime, other.workspaceId, { shopName: 'Obcy Sklep' })
    const foreignOrder = await seedPortalOrder(t.runtime, other.workspaceId)
    const foreign = await openCase(other.workspaceId, foreignOrder, 'withdrawal')
    const mine = await openCase(
      shop.workspaceId,
      await seedPortalOrder(t.runtime, shop.workspaceId),
      'withdrawal',
    )
    const malformed = await t.app.inject({ method: 'GET', url: '/r/<script>' })
    const unknown = await t.app.inject({ method: 'GET', url: `/r/${'A'.repeat(22)}` })
    expect(malformed.statusCode).toBe(404)
    expect(unknown.statusCode).toBe(404)
    expect(withoutNonce(malformed.body)).toBe(withoutNonce(unknown.body))
    const page = (await t.app.inject({ method: 'GET', url: `/r/${mine.portalToken}` })).body
    expect(page).toContain('Kraina Kawy')
    expect(page).not.toContain('Obcy Sklep')
    expect(page).not.toContain(foreign.portalToken)
    expect(page).not.toContain(foreignOrder.token)
    // The foreign order's return page lists the foreign order, in its own shop's look.
    const foreignPage = (
      await t.app.inject({ method: 'GET', url: `/t/${foreignOrder.token}/return` })
    ).body
    expect(foreignPage).toContain('Obcy Sklep')
    expect(foreignPage).toContain(foreignOrder.number)
    expect(foreignPage).not.toContain('Kraina Kawy')
  })
})
