import { randomBytes, randomUUID } from 'node:crypto'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type AftersaleServer, startAftersale } from './aftersale-server.js'
import { launchChromium, screenshot } from './browser.js'
import { apiRequest, closeContexts, newPage } from './inbox-helpers.js'

/** The phone the buyer opens the link on (iPhone X-class, 375 × 812 CSS pixels). */
const BUYER_PHONE = { width: 375, height: 812 }

let server: AftersaleServer
let browser: Browser
const contexts: BrowserContext[] = []
/** Orders already used by a test: each test opens its case on an order of its own. */
const used = new Set<string>()

beforeAll(async () => {
  server = await startAftersale()
  browser = await launchChromium()
})

afterEach(async () => {
  await closeContexts(contexts.splice(0))
})

afterAll(async () => {
  await closeContexts(contexts.splice(0))
  await browser?.close()
  await server?.stop()
})

interface ListedOrder {
  number: string
  trackingUrl: string
}

/** A shipped demo order not used yet, as the owner lists it. */
async function demoOrder(): Promise<ListedOrder> {
  const agent = await newPage(browser)
  contexts.push(agent.context())
  // Signed in through the API: this test is about the customer's pages, not the agents' app.
  const login = await agent.request.post(`${server.url}/api/v1/auth/login`, {
    data: { email: server.demo.email, password: server.demo.password },
  })
  expect(login.status()).toBe(200)
  const { status, body } = await apiRequest<{ items: ListedOrder[] }>(
    server,
    agent,
    'GET',
    '/orders?status=shipped&limit=100',
  )
  expect(status).toBe(200)
  const order = body.items.find((o) => !used.has(o.number))
  if (!order) throw new Error('the demo workspace has no shipped order left')
  used.add(order.number)
  return order
}

/** The buyer's phone: no session, the browser in `locale`. */
async function buyerPhone(locale: string): Promise<Page> {
  const page = await newPage(browser, BUYER_PHONE, locale)
  contexts.push(page.context())
  return page
}

/** Nothing may stick out sideways on a phone. */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)
}

/** From the tracking page's "Return an item" to the first step of the portal. */
async function openReturnFlow(page: Page, order: ListedOrder) {
  const response = await page.goto(`${server.url}${order.trackingUrl}`)
  expect(response?.status()).toBe(200)
  await page.getByTestId('return-item').click()
  await page.waitForURL(/\/return(\?|$)/)
  await page.getByTestId('selection-form').waitFor()
}

/** A photo as a phone would send it (JPEG signature, random body). */
const photo = () => ({
  name: 'usterka.jpg',
  mimeType: 'image/jpeg',
  buffer: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(4096)]),
})

describe('the returns portal on a phone', () => {
  it('takes a return from the tracking page: item, eligibility, photo, status page', async () => {
    const page = await buyerPhone('en-GB')
    // Demo coffee is perishable (art. 38): tick every line and take the first order with a returnable one.
    for (let attempt = 0; attempt < 6; attempt++) {
      const order = await demoOrder()
      await openReturnFlow(page, order)
      if (attempt === 0) {
        expect(await page.locator('h1').innerText()).toBe(
          'What would you like to return or complain about?',
        )
        await expectNoSidewaysScroll(page)
        await screenshot(page, 'returns-01-phone-pick')
      }
      // 1. Every line, a return: the engine's answer comes in words, item by item.
      for (const box of await page.getByTestId('pick-item').locator('input[type="checkbox"]').all())
        await box.check()
      await page.getByTestId('kind-withdrawal').check()
      await page.getByTestId('selection-form').locator('button[type="submit"]').click()
      await page.getByTestId('check-page').waitFor()
      if ((await page.getByTestId('check-page').getAttribute('data-decision')) === 'accept') break
    }
    expect(await page.getByTestId('check-page').getAttribute('data-decision')).toBe('accept')
    expect(await page.getByTestId('decision').innerText()).toContain('You can withdraw')
    expect(await page.getByTestId('verdict').innerText()).toContain('Eligible')
    await expectNoSidewaysScroll(page)
    await screenshot(page, 'returns-02-phone-eligibility')

    // 2. Reason and a photo, then send.
    const details = page.getByTestId('details-form')
    await details.locator('select[name="reason"]').selectOption('wrong_size')
    await details.locator('input[name="photos"]').setInputFiles([photo()])
    await screenshot(page, 'returns-03-phone-details')
    await page.getByTestId('submit-case').click()

    // 3. The status page: received, with the deadlines.
    await page.waitForURL(/\/r\/[A-Za-z0-9_-]+\?lang=en&created=1/)
    await page.getByTestId('created').waitFor()
    expect(await page.getByTestId('case-status').innerText()).toBe(
      'Received — waiting to be handled',
    )
    expect(await page.getByTestId('history').innerText()).toContain('You added a photo')
    await expectNoSidewaysScroll(page)
    await screenshot(page, 'returns-04-phone-status')
  })

  it('takes a complaint in Polish with the remedy asked for', async () => {
    const order = await demoOrder()
    const page = await buyerPhone('pl-PL')
    await openReturnFlow(page, order)
    await page.getByTestId('pick-item').first().locator('input[type="checkbox"]').check()
    await page.getByTestId('kind-complaint').check()
    await page.getByTestId('selection-form').locator('button[type="submit"]').click()
    await page.getByTestId('check-page').waitFor()
    expect(await page.getByTestId('decision').innerText()).toBe('Możesz złożyć reklamację.')

    const details = page.getByTestId('details-form')
    await details.locator('select[name="reason"]').selectOption('defective')
    await details
      .locator('textarea[name="description"]')
      .fill('Po tygodniu pękło ucho kubka, używany zgodnie z instrukcją.')
    // The law's order is explained next to the choice.
    expect(await page.getByTestId('remedies').innerText()).toContain('art. 43d–43e')
    await details.locator('input[name="remedy"][value="replacement"]').check()
    await details.locator('input[name="photos"]').setInputFiles([photo(), photo()])
    await screenshot(page, 'returns-05-phone-complaint-form')
    await page.getByTestId('submit-case').click()

    await page.waitForURL(/\/r\/[A-Za-z0-9_-]+\?lang=pl&created=1/)
    const deadlines = await page.getByTestId('deadlines').innerText()
    expect(deadlines).toContain('Odpowiemy na reklamację do')
    expect(deadlines).toContain('zostanie uznana za przyjętą (art. 7a u.p.k.)')
    await expectNoSidewaysScroll(page)
    await screenshot(page, 'returns-06-phone-complaint-status')
  })

  it('starts from the shop’s portal link, and leaves the agents’ case links to the web app', async () => {
    const page = await buyerPhone('de-DE')
    const agent = await newPage(browser)
    contexts.push(agent.context())
    const login = await agent.request.post(`${server.url}/api/v1/auth/login`, {
      data: { email: server.demo.email, password: server.demo.password },
    })
    const slug = ((await login.json()) as { workspace?: { slug?: string } }).workspace?.slug
    expect(slug).toBeTruthy()
    const start = await page.goto(`${server.url}/shop/${slug}/returns`)
    expect(start?.status()).toBe(200)
    await page.getByTestId('lookup-form').waitFor()
    expect(await page.locator('h1').innerText()).toBe('Rücksendung oder Reklamation')
    await screenshot(page, 'returns-07-phone-lookup-de')
    // An agent's /returns/<case id> is the single-page app, not a shop's portal.
    const app = await page.goto(`${server.url}/returns/${randomUUID()}`)
    expect(app?.status()).toBe(200)
    expect(await page.locator('#root').count()).toBe(1)
  })
})
