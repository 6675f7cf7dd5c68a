import type { Browser } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type AftersaleServer, startAftersale } from './aftersale-server.js'
import { launchChromium, screenshot } from './browser.js'
import { LIVE_TIMEOUT, PHONE } from './inbox-helpers.js'
import {
  apiGet,
  conversationIdWithSubject,
  orderByNumber,
  ownerPages,
  settled,
} from './orders-helpers.js'

let server: AftersaleServer
let browser: Browser
let pages: ReturnType<typeof ownerPages>

beforeAll(async () => {
  server = await startAftersale()
  browser = await launchChromium()
  pages = ownerPages(browser, () => server)
})

afterEach(async () => {
  await pages.closeAll()
})

afterAll(async () => {
  await pages?.closeAll()
  await browser?.close()
  await server?.stop()
})

describe('orders', () => {
  it('lists orders with open alerts, opens one and adds a tracking number', async () => {
    const page = await pages.open()
    // The navbar counts open order alerts; the demo has late and silent parcels.
    await page.getByTestId('nav-orders-count').waitFor()
    await page.getByTestId('nav-orders').click()
    await page.getByTestId('orders-list').waitFor()
    const strip = page.getByTestId('order-alerts')
    await strip.waitFor()
    const alerts = await apiGet<{ items: unknown[] }>(server, page, '/order-alerts')
    expect(Number(await strip.getAttribute('data-count'))).toBe(alerts.items.length)
    expect(await page.getByTestId('nav-orders-count').textContent()).toBe(
      String(alerts.items.length),
    )
    await settled(page)
    await screenshot(page, 'orders-01-list')

    // An unshipped, paid order: search for it as an agent would.
    const target = await orderByNumber(server, page, 'KK-10501')
    expect(target.shipment).toBeNull()
    await page.getByTestId('orders-search').fill('KK-10501')
    const row = page.locator(`[data-testid="order-row"][data-order-id="${target.id}"]`)
    await page.waitForURL(/[?&]q=KK-10501/)
    await expect.poll(() => page.getByTestId('order-row').count()).toBe(1)
    await row.click()

    const detail = page.locator(`[data-testid="order-detail"][data-order-id="${target.id}"]`)
    await detail.getByTestId('order-title').waitFor()
    expect(await detail.getByTestId('order-title').textContent()).toBe('KK-10501')
    await detail.getByTestId('ship-by').waitFor()
    expect(await detail.getByTestId('order-item').count()).toBeGreaterThan(0)
    expect(await detail.getByTestId('product-flag').count()).toBeGreaterThan(0)
    const trackingPage = await detail.getByTestId('order-tracking-page').getAttribute('href')
    expect(trackingPage).toMatch(/^\/t\/[0-9a-f]{16,}$/)
    expect(await detail.getByTestId('order-tracking-page').getAttribute('target')).toBe('_blank')

    // A UPS number typed with spaces: the server recognises UPS by its 1Z format and check digit.
    await detail.getByTestId('tracking-number-input').fill('1Z 999 AA1 0123 4567 84')
    const added = page.waitForResponse(
      (r) => r.url().endsWith(`/orders/${target.id}/shipments`) && r.request().method() === 'POST',
    )
    await detail.getByTestId('tracking-submit').click()
    expect((await added).status()).toBe(201)
    const recognized = detail.getByTestId('tracking-recognized')
    await recognized.waitFor({ timeout: LIVE_TIMEOUT })
    expect(await recognized.getAttribute('data-carrier')).toBe('ups')
    const shipment = detail.locator(
      '[data-testid="shipment"][data-tracking-number="1Z999AA10123456784"]',
    )
    await shipment.waitFor()
    expect(await shipment.getAttribute('data-carrier')).toBe('ups')
    expect(await shipment.getByTestId('carrier-tracking-link').getAttribute('href')).toContain(
      '1Z999AA10123456784',
    )
    // The first parcel ships the order and ends the ship-by countdown.
    await detail
      .locator('[data-testid="order-header"] [data-testid="order-status"][data-status="shipped"]')
      .waitFor()
    expect(await detail.getByTestId('ship-by').count()).toBe(0)
    await detail
      .locator('[data-testid="timeline-entry"][data-kind="status"][data-code="shipped"]')
      .waitFor()
    const saved = await orderByNumber(server, page, 'KK-10501')
    expect(saved.status).toBe('shipped')
    expect(saved.shipment).toMatchObject({ carrier: 'ups', trackingNumber: '1Z999AA10123456784' })
    await settled(page)
    await screenshot(page, 'orders-02-detail-tracking-added')
  })

  it('filters by status on a phone', async () => {
    const page = await pages.open(PHONE)
    await page.goto(`${server.url}/orders`)
    await page.getByTestId('orders-list').waitFor()
    await settled(page)
    await screenshot(page, 'orders-03-list-phone')
    await page.locator('[data-testid="order-status-filter"][data-status="delivered"]').click()
    await page.waitForURL(/[?&]status=delivered/)
    await expect
      .poll(async () => [
        ...new Set(
          await page
            .getByTestId('order-row')
            .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status'))),
        ),
      ])
      .toEqual(['delivered'])
  })

  it('shows the order of a demo conversation beside it', async () => {
    const page = await pages.open()
    const conversationId = await conversationIdWithSubject(server, page, 'KK-10482')
    const order = await orderByNumber(server, page, 'KK-10482')
    await page.goto(`${server.url}/inbox/${conversationId}`)
    const panel = page.getByTestId('customer-panel')
    const linked = panel.getByTestId('linked-order')
    await linked.waitFor()
    expect(await linked.getAttribute('data-number')).toBe('KK-10482')
    expect(await linked.getAttribute('data-order-id')).toBe(order.id)
    await linked.getByTestId('linked-order-items').waitFor()
    expect(await linked.getByTestId('shipment-line').textContent()).toContain(
      order.shipment?.trackingNumber ?? '—',
    )
    expect(await linked.getByTestId('linked-order-tracking-page').getAttribute('href')).toMatch(
      /^\/t\//,
    )
    // The same customer's other orders are listed under it, never the linked one again.
    const others = panel.getByTestId('customer-order')
    await others.first().waitFor()
    expect(
      await others.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-order-id'))),
    ).not.toContain(order.id)
    await settled(page)
    await screenshot(page, 'orders-04-conversation-order-panel')
    // The CRM card: the profile link needs the customer's id from the order context.
    await panel.getByTestId('context-customer-profile').waitFor({ timeout: 10_000 })
    expect(await panel.getByTestId('context-customer-profile').getAttribute('href')).toBe(
      `/customers/${order.customerId}`,
    )
    await linked.getByTestId('linked-order-number').click()
    await page.locator(`[data-testid="order-detail"][data-order-id="${order.id}"]`).waitFor()
  })
})
