import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type AftersaleServer, startAftersale } from './aftersale-server.js'
import { launchChromium, screenshot } from './browser.js'
import { apiRequest, closeContexts, logIn, newPage } from './inbox-helpers.js'

/** The phone the buyer opens the link on (iPhone X-class, 375 × 812 CSS pixels). */
const BUYER_PHONE = { width: 375, height: 812 }

let server: AftersaleServer
let browser: Browser
const contexts: BrowserContext[] = []

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

/** An order of the demo shop as `GET /api/v1/orders` lists it (the fields used here). */
interface ListedOrder {
  number: string
  trackingUrl: string
  shipment: { trackingNumber: string; status: string | null } | null
}

/** The demo owner signs in and picks a shipped order (scanned if any); returns it and the page. */
async function shippedDemoOrder(): Promise<{ order: ListedOrder; agent: Page }> {
  const agent = await newPage(browser)
  contexts.push(agent.context())
  await logIn(server, agent)
  const { status, body } = await apiRequest<{ items: ListedOrder[] }>(
    server,
    agent,
    'GET',
    '/orders?status=shipped&limit=100',
  )
  expect(status).toBe(200)
  // A parcel the carrier already scanned gives the timeline the most to show.
  const order = body.items.find((o) => o.shipment?.status) ?? body.items[0]
  if (!order) throw new Error('the demo workspace has no shipped order')
  expect(order.trackingUrl).toMatch(/^\/t\/[0-9a-f]{32}$/)
  return { order, agent }
}

/** The buyer's phone: no session, Polish browser, the link from the shop's e-mail. */
async function buyerPhone(): Promise<Page> {
  const page = await newPage(browser, BUYER_PHONE, 'pl-PL')
  contexts.push(page.context())
  return page
}

/** The visible text of each timeline entry's status line, newest first. */
const timelineStatuses = (page: Page) =>
  page.locator('[data-testid="timeline"] > li > b').allInnerTexts()

describe('the public tracking page on a phone', () => {
  it('shows the order, speaks DE and EN, and takes a problem report into the inbox', async () => {
    const { order, agent } = await shippedDemoOrder()
    const page = await buyerPhone()
    const response = await page.goto(`${server.url}${order.trackingUrl}`)
    expect(response?.status()).toBe(200)
    expect(response?.headers()['cache-control']).toBe('private, no-store')

    // 1. Polish (the browser's language): headline, parcel and a timeline newest first.
    expect(await page.locator('html').getAttribute('lang')).toBe('pl')
    await page.locator('h1#headline').waitFor()
    expect(await page.locator('body').innerText()).toContain(`Zamówienie ${order.number}`)
    if (order.shipment)
      expect(await page.getByTestId('parcel').first().innerText()).toContain(
        order.shipment.trackingNumber,
      )
    const polish = await timelineStatuses(page)
    expect(polish.length).toBeGreaterThanOrEqual(3)
    expect(polish.at(-1)).toBe('Zamówienie złożone')
    const times = await page
      .locator('[data-testid="timeline"] time')
      .evaluateAll((nodes) => nodes.map((n) => Date.parse(n.getAttribute('datetime') ?? '')))
    expect(times).toEqual([...times].sort((a, b) => b - a))
    // Mobile-first: nothing sticks out sideways at 375 px.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    await screenshot(page, 'tracking-01-phone-pl')

    // 2. The language switcher: German, then English, the same order.
    await page.locator('nav.lang a[hreflang="de"]').click()
    await page.waitForURL(/lang=de/)
    expect(await page.locator('html').getAttribute('lang')).toBe('de')
    expect(await page.locator('#timeline-title').innerText()).toBe('Verlauf')
    expect((await timelineStatuses(page)).at(-1)).toBe('Bestellung aufgegeben')
    await screenshot(page, 'tracking-02-phone-de')
    await page.locator('nav.lang a[hreflang="en"]').click()
    await page.waitForURL(/lang=en/)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect((await timelineStatuses(page)).at(-1)).toBe('Order placed')

    // 3. "Report a problem" opens the form in place; sending it comes back with thanks.
    await page.getByTestId('report-problem').locator('summary').click()
    const form = page.getByTestId('problem-form')
    await form.waitFor()
    const message = `The parcel for ${order.number} has not moved for days — is it lost? (e2e ${Date.now()})`
    await form.locator('textarea[name="message"]').fill(message)
    await screenshot(page, 'tracking-03-phone-en-report-form')
    await form.locator('button[type="submit"]').click()
    await page.waitForURL(/reported=1/)
    const thanks = page.getByTestId('reported')
    await thanks.waitFor()
    expect(await thanks.innerText()).toContain('Thank you!')
    await page.evaluate(() => window.scrollTo(0, 0))
    await screenshot(page, 'tracking-04-phone-en-reported')

    // 4. The report is in the shop's inbox, about this order.
    const inbox = await apiRequest<{
      items: { orderNumber: string | null; preview: string; channel: { kind: string } }[]
    }>(server, agent, 'GET', '/conversations?view=all&limit=100')
    expect(inbox.status).toBe(200)
    const report = inbox.body.items.find(
      (c) => c.orderNumber === order.number && c.preview.includes('has not moved'),
    )
    expect(report?.channel.kind).toBe('widget')
  })

  it('answers a wrong link with a localised not-found page', async () => {
    const page = await buyerPhone()
    const response = await page.goto(`${server.url}/t/${'0'.repeat(32)}?lang=de`)
    expect(response?.status()).toBe(404)
    expect(await page.locator('h1').innerText()).toBe('Wir finden diese Sendung nicht')
    await screenshot(page, 'tracking-05-phone-not-found')
  })

  it('lays the page out in two columns on a desktop', async () => {
    const { order } = await shippedDemoOrder()
    const page = await newPage(browser, { width: 1280, height: 900 }, 'de-DE')
    contexts.push(page.context())
    await page.goto(`${server.url}${order.trackingUrl}`)
    const timeline = await page.locator('section.it').boundingBox()
    const parcels = await page.locator('section.ip').boundingBox()
    expect(timeline && parcels && parcels.x > timeline.x + timeline.width - 1).toBe(true)
    await screenshot(page, 'tracking-06-desktop-de')
  })
})
