import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildUser } from '../../../test/factories.js'
import { createTestApp } from '../../../test/test-runtime.js'
import {
  brandTrackingPage,
  PRIVATE_BUYER,
} from '../../orders/service/tracking-page/tracking-page-test-kit.js'
import { formFields, jpegPhoto, multipartBody, seedPortalOrder } from './portal-test-kit.js'

let t: Awaited<ReturnType<typeof createTestApp>>
let shop: { workspaceId: string }

beforeAll(async () => {
  t = await createTestApp()
  shop = await buildUser(t.runtime, { workspace: `Kraina Kawy ${Date.now()}` })
  await brandTrackingPage(t.runtime, shop.workspaceId, {
    shopName: 'Kraina Kawy',
    accentColor: '#4a2f1b',
  })
})
afterAll(() => t.close())

let ip = 0
/** A fresh client address per test, so the rate limits of one test do not reach another. */
const nextIp = () => `203.0.113.${++ip}`

const form = (url: string, fields: Record<string, string>, remoteAddress = nextIp()) =>
  t.app.inject({
    method: 'POST',
    url,
    remoteAddress,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(fields).toString(),
  })

const casesOf = (orderId: string) =>
  t.runtime.database.db
    .selectFrom('returnCases')
    .selectAll()
    .where('orderId', '=', orderId)
    .execute()

describe('GET /t/:token/return', () => {
  it('lists the order lines with quantities and the two kinds, under the tracking page headers', async () => {
    const order = await seedPortalOrder(t.runtime, shop.workspaceId, {
      flags: { 'DRIP-V60-02': ['sealed_hygiene'] },
    })
    const response = await t.app.inject({ method: 'GET', url: `/t/${order.token}/return` })
    expect(response.statusCode).toBe(200)
    const body = response.body
    expect(body).toContain('<html lang="pl">')
    expect(body).toContain('Kawa Etiopia Yirgacheffe 250 g')
    expect(body).toContain(`name="pick-${order.coffee}"`)
    expect(body).toContain(`name="qty-${order.coffee}"`)
    // Only the sealed line asks whether it was opened.
    expect(body).toContain(`name="unsealed-${order.dripper}"`)
    expect(body).not.toContain(`name="unsealed-${order.coffee}"`)
    expect(body).toContain('value="withdrawal"')
    expect(body).toContain('value="complaint"')
    expect(body).toContain(`action="/t/${order.token}/return/check"`)
    expect(response.headers['cache-control']).toBe('private, no-store')
    expect(response.headers['x-robots-tag']).toContain('noindex')
    const csp = String(response.headers['content-security-policy'])
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(body).not.toMatch(/<script|\sstyle="|\son[a-z]+="/i)
    for (const secret of [PRIVATE_BUYER.email, PRIVATE_BUYER.phone, order.orderId])
      expect(body).not.toContain(secret)
  })

  it('answers an unknown token with the not-found page and speaks German by Accept-Language', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/t/${'cd'.repeat(16)}/return`,
      headers: { 'accept-language': 'de-DE' },
    })
    expect(response.statusCode).toBe(404)
    expect(response.body).toContain('<html lang="de">')
  })
})

describe('POST /t/:token/return/check', () => {
  it('asks again when no item or no kind is chosen', async () => {
    const order = await seedPortalOrder(t.runtime, shop.workspaceId)
    const none = await form(`/t/${order.token}/return/check`, { kind: 'withdrawal', lang: 'en' })
    expect(none.statusCode).toBe(400)
    expect(none.body).toContain('Tick at least one item.')
    const noKind = await form(`/t/${order.token}/return/check`, {
      [`pick-${order.coffee}`]: '1',
      lang: 'en',
    })
    expect(noKind.statusCode).toBe(400)
    expect(noKind.body).toContain('Choose a return or a complaint.')
    // The pick is kept.
    expect(noKind.body).toMatch(new RegExp(`name="pick-${order.coffee}" value="1" checked`))
  })

  it('explains a refused item in plain words, offers a complaint, and carries only the eligible item on', async () => {
    const order = await seedPortalOrder(t.runtime, shop.workspaceId, {
      flags: { 'KAWA-ETI-250': ['perishable'] },
    })
    const response = await form(`/t/${order.token}/return/check`, {
      [`pick-${order.coffee}`]: '1',
      [`qty-${order.coffee}`]: '2',
      [`pick-${order.dripper}`]: '1',
      kind: 'withdrawal',
      lang: 'pl',
    })
    expect(response.statusCode).toBe(200)
    const body = response.body
    expect(body).toContain('data-decision="accept"')
    expect(body).toContain(
      'Produkty szybko psujące się lub o krótkim terminie przydatności nie podlegają zwrotowi (art. 38 ust. 1 pkt 4 u.p.k.).',
    )
    expect(body).toContain('Mieścisz się w 14-dniowym terminie na odstąpienie od umowy')
    expect(body).toContain('data-testid="complaint-instead"')
    const details = formFields(body, 'details-form')
    expect(details[`pick-${order.dripper}`]).toBe('1')
    expect(details[`pick-${order.coffee}`]).toBeUndefined()
    expect(details.kind).toBe('withdrawal')
    expect(details.formId).toMatch(/^[0-9a-f-]{36}$/)
    const instead = formFields(body, 'complaint-instead')
    expect(instead.kind).toBe('complaint')
    expect(instead[`pick-${order.coffee}`]).toBe('1')
  })

  it('refuses a withdrawal after the period with the date, and offers no form but the complaint', async () => {
    const order = await seedPortalOrder(t.runtime, shop.workspaceId, { deliveredDaysAgo: 60 })
    const response = await form(`/t/${order.token}/return/check`, {
      [`pick-${order.dripper}`]: '1',
      kind: 'withdrawal',
      lang: 'en',
    })
    expect(response.statusCode).toBe(200)
    expect(response.body).toContain('data-decision="refuse"')
    expect(response.body).toMatch(/The period to withdraw ended on \d{1,2} [A-Z][a-z]+ \d{4}/)
    expect(response.body).not.toContain('data-testid="details-form"')
    expect(response.body).toContain('File a complaint')
  })

  it('treats an opened sealed item as an exception (art. 38 ust. 1 pkt 5)', async () => {
    const order = await seedPortalOrder(t.runtime, shop.workspaceId, {
      flags: { 'DRIP-V60-02': ['sealed_hygiene'] },
    })
    const opened = await form(`/t/${order.token}/return/check`, {
      [`pick-${order.dripper}`]: '1',
      [`unsealed-${order.dripper}`]: 'yes',
      kind: 'withdrawal',
      lang: 'en',
    })
    expect(opened.body).toContain('data-decision="refuse"')
    expect(opened.body).toContain('art. 38(1)(5)')
    const sealed = await form(`/t/${order.token}/return/check`, {
      [`pick-${order.dripper}`]: '1',
      [`unsealed-${order.dripper}`]: 'no',
      kind: 'withdrawal',
      lang: 'en',
    })
    expect(sealed.body).toContain('data-decision="accept"')
  })

  it('is rate-limited per order and address', async () => {
    const order = await seedPortalOrder(t.runtime, shop.workspaceId)
    const address = nextIp()
    for (let i = 0; i < 30; i++)
      expect(
        (await form(`/t/${order.token}/return/check`, { lang: 'en' }, address)).statusCode,
      ).toBe(400)
    const refused = await form(`/t/${order.token}/return/check`, { lang: 'en' }, address)
    expect(refused.statusCode).toBe(429)
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
    expect((await form(`/t/${order.token}/return/check`, { lang: 'en' })).statusCode).toBe(400)
  })
})

/** Goes through the check page and returns the details form's fields. */
async function detailsOf(token: string, picks: Record<string, string>, kind: string) {
  const check = await form(`/t/${token}/return/check`, { ...picks, kind, lang: 'en' })
  expect(check.statusCode).toBe(200)
  return formFields(check.body, 'details-form')
}

describe('POST /t/:token/return', () => {
  it('opens a withdrawal with a photo and sends the customer to its status page; a resent form opens no second case', async () => {
    const order = await seedPortalOrder(t.runtime, shop.workspaceId)
    const fields = await detailsOf(order.token, { [`pick-${order.dripper}`]: '1' }, 'withdrawal')
    const photo = jpegPhoto()
    const body = multipartBody({ ...fields, reason: 'changed_mind', email: '' }, [photo])
    const first = await t.app.inject({ method: 'POST', url: `/t/${order.token}/return`, ...body })
    expect(first.statusCode, first.body).toBe(303)
    expect(first.headers.location).toMatch(/^\/r\/[A-Za-z0-9_-]{22}\?lang=en&created=1$/)
    const again = await t.app.inject({ method: 'POST', url: `/t/${order.token}/return`, ...body })
    expect(again.statusCode).toBe(303)
    expect(again.headers.location).toBe(first.headers.location)
    const cases = await casesOf(order.orderId)
    expect(cases).toHaveLength(1)
    const opened = cases[0]!
    expect(opened.source).toBe('portal')
    expect(opened.kind).toBe('withdrawal')
    expect(opened.reasonCode).toBe('changed_mind')
    expect(opened.buyerEmail).toBe(PRIVATE_BUYER.email)
    const files = await t.runtime.database.db
      .selectFrom('returnCaseFiles')
      .select(['contentType', 'uploadedBy', 'purpose', 'fileName'])
      .where('caseId', '=', opened.id)
      .execute()
    expect(files).toEqual([
      {
        contentType: 'image/jpeg',
        uploadedBy: 'customer',
        purpose: 'photo',
        fileName: 'usterka.jpg',
      },
    ])
    const status = await t.app.inject({ method: 'GET', url: first.headers.location as string })
    expect(status.statusCode).toBe(200)
    expect(status.body).toContain(`Request ${opened.number}`)
    expect(status.body).toContain('data-testid="created"')
  })

  it('opens a complaint with the remedy asked for, and requires description and remedy first', async () => {
    const order = await seedPortalOrder(t.runtime, shop.workspaceId)
    const fields = await detailsOf(order.token, { [`pick-${order.dripper}`]: '1' }, 'complaint')
    const incomplete = await t.app.inject({
      method: 'POST',
      url: `/t/${order.token}/return`,
      ...multipartBody({ ...fields, reason: 'defective', description: '', remedy: '' }),
    })
    expect(incomplete.statusCode).toBe(400)
    expect(incomplete.body).toContain('Describe the fault')
    const noRemedy = await t.app.inject({
      method: 'POST',
      url: `/t/${order.token}/return`,
      ...multipartBody({ ...fields, reason: 'defective', description: 'Pęknięty spód.' }),
    })
    expect(noRemedy.statusCode).toBe(400)
    expect(noRemedy.body).toContain('Choose what you ask for.')
    expect(noRemedy.body).toContain('Pęknięty spód.')
    expect(await casesOf(order.orderId)).toHaveLength(0)
    const done = await t.app.inject({
      method: 'POST',
      url: `/t/${order.token}/return`,
      ...multipartBody({
        ...fields,
        reason: 'defective',
        description: 'Pęknięty spód.',
        remedy: 'replacement',
        email: 'kasia.nowa@example.pl',
      }),
    })
    expect(done.statusCode).toBe(303)
    const [complaint] = await casesOf(order.orderId)
    expect(complaint?.kind).toBe('complaint')
    expect(complaint?.requestedRemedy).toBe('replacement')
    expect(complaint?.buyerEmail).toBe('kasia.nowa@example.pl')
    const status = await t.app.inject({ method: 'GET', url: done.headers.location as string })
    expect(status.body).toMatch(
      /If we do not answer by [^<]+, your complaint is deemed accepted \(art\. 7a/,
    )
  })

  it('shows the form again for a file that is not a photo (415), a photo over 8 MB and a sixth photo (413)', async () => {
    const order = await seedPortalOrder(t.runtime, shop.workspaceId)
    const fields = await detailsOf(order.token, { [`pick-${order.dripper}`]: '1' }, 'withdrawal')
    const send = (files: ReturnType<typeof jpegPhoto>[]) =>
      t.app.inject({
        method: 'POST',
        url: `/t/${order.token}/return`,
        ...multipartBody({ ...fields, reason: 'changed_mind' }, files),
      })
    const gif = {
      ...jpegPhoto(),
      filename: 'x.jpg',
      content: Buffer.from(`GIF89a${randomBytes(64).toString('hex')}`),
    }
    const wrongType = await send([gif])
    expect(wrongType.statusCode).toBe(415)
    expect(wrongType.body).toContain('This file is not a JPEG, PNG or WebP photo.')
    expect(wrongType.body).toContain('data-testid="details-form"')
    const tooLarge = await send([jpegPhoto(8 * 1024 * 1024 + 10)])
    expect(tooLarge.statusCode).toBe(413)
    expect(tooLarge.body).toContain('each may be at most 8 MB')
    const tooMany = await send(Array.from({ length: 6 }, () => jpegPhoto(64)))
    expect(tooMany.statusCode).toBe(413)
    expect(tooMany.body).toContain('at most 5 photos')
    expect(await casesOf(order.orderId)).toHaveLength(0)
  })

  it('refuses a form without its one-time id and never crashes on an empty post', async () => {
    const order = await seedPortalOrder(t.runtime, shop.workspaceId)
    const fields = await detailsOf(order.token, { [`pick-${order.dripper}`]: '1' }, 'withdrawal')
    const { formId: _dropped, ...withoutId } = fields
    const expired = await t.app.inject({
      method: 'POST',
      url: `/t/${order.token}/return`,
      ...multipartBody({ ...withoutId, reason: 'changed_mind' }),
    })
    expect(expired.statusCode).toBe(400)
    expect(expired.body).toContain('The form has expired')
    const empty = await t.app.inject({ method: 'POST', url: `/t/${order.token}/return` })
    expect(empty.statusCode).toBe(400)
    expect(await casesOf(order.orderId)).toHaveLength(0)
  })
})
