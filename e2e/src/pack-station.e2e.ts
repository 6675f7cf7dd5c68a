import fs from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type AftersaleServer, startAftersale } from './aftersale-server.js'
import { screenshot } from './browser.js'
import { LIVE_TIMEOUT, PHONE } from './inbox-helpers.js'
import { apiGet, type OrderRow, ownerPages, settled } from './orders-helpers.js'
import { launchChromiumWithFakeCamera, renderPdfPages } from './pack-helpers.js'

let server: AftersaleServer
let browser: Browser
let pages: ReturnType<typeof ownerPages>

beforeAll(async () => {
  server = await startAftersale()
  browser = await launchChromiumWithFakeCamera()
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

/** A demo order that already has a parcel, so the evidence shows a tracking history. */
async function shippedDemoOrder(page: Page): Promise<OrderRow> {
  const { items } = await apiGet<{ items: OrderRow[] }>(server, page, '/orders?limit=100')
  const order = items.find((o) => o.shipment !== null)
  if (!order) throw new Error('the demo data has no shipped order')
  return order
}

async function scan(page: Page, code: string) {
  await page.goto(`${server.url}/pack`)
  const input = page.getByTestId('pack-scan-input')
  await input.waitFor()
  expect(await input.evaluate((el) => el === document.activeElement)).toBe(true)
  // A barcode scanner types the code and presses Enter.
  await input.pressSequentially(code, { delay: 5 })
  await input.press('Enter')
  await page.getByTestId('pack-order').waitFor()
}

describe('pack station and evidence PDF', () => {
  it('scans an order, ticks the checklist, photographs the parcel and saves the check', async () => {
    const page = await pages.open()
    const order = await shippedDemoOrder(page)
    await page.goto(`${server.url}/pack`)
    await page.getByTestId('pack-scan-input').waitFor()
    await settled(page)
    await screenshot(page, 'pack-01-scan-desktop')

    await page.getByTestId('pack-scan-input').fill('NO-SUCH-ORDER-1')
    await page.getByTestId('pack-scan-input').press('Enter')
    await page.getByTestId('pack-not-found').waitFor()

    // The parcel's tracking number finds the order as well as its number does.
    await scan(page, order.shipment?.trackingNumber ?? order.number)
    expect(await page.getByTestId('pack-order').getAttribute('data-order-id')).toBe(order.id)
    expect(await page.getByTestId('pack-order-number').textContent()).toBe(order.number)
    const items = page.getByTestId('pack-checklist-item')
    const count = await items.count()
    expect(count).toBeGreaterThan(3)
    // Every item but the last: the packer is warned about it before saving.
    for (let i = 0; i < count - 1; i++) await items.nth(i).click()
    await page.getByTestId('pack-unchecked-warning').waitFor()
    await items.nth(count - 1).click()
    await page.getByTestId('pack-unchecked-warning').waitFor({ state: 'detached' })

    await page.getByTestId('pack-camera-start').click()
    const preview = page.getByTestId('pack-camera-preview')
    await preview.waitFor()
    await expect
      .poll(() => preview.evaluate((v) => (v as HTMLVideoElement).videoWidth), {
        timeout: LIVE_TIMEOUT,
      })
      .toBeGreaterThan(0)
    await page.getByTestId('pack-camera-capture').click()
    await page.locator('[data-testid="pack-photo"][data-status="done"]').waitFor({
      timeout: LIVE_TIMEOUT,
    })
    await page.getByTestId('pack-camera-close').click()
    await page.getByTestId('pack-note').fill('Karton 30×20, wypełniacz papierowy')
    await settled(page)
    await screenshot(page, 'pack-02-session-desktop')

    const saved = page.waitForResponse(
      (r) => r.url().endsWith(`/orders/${order.id}/pack-checks`) && r.request().method() === 'POST',
    )
    await page.getByTestId('pack-save').click()
    expect((await saved).status()).toBe(201)
    await page.getByTestId('pack-saved').waitFor()
    // Ready for the next parcel: the scan field is back and has the focus.
    await expect
      .poll(() =>
        page.getByTestId('pack-scan-input').evaluate((el) => el === document.activeElement),
      )
      .toBe(true)
    await settled(page)
    await screenshot(page, 'pack-03-saved-desktop')

    const checks = await apiGet<{
      checks: { checklist: { checked: boolean }[]; photos: unknown[] }[]
    }>(server, page, `/orders/${order.id}/pack-checks`)
    expect(checks.checks).toHaveLength(1)
    expect(checks.checks[0]?.checklist.every((c) => c.checked)).toBe(true)
    expect(checks.checks[0]?.photos).toHaveLength(1)
  })

  it('works on a phone with a photo from a file, then the order shows packing and its evidence PDF renders', async () => {
    const phone = await pages.open(PHONE)
    const order = await shippedDemoOrder(phone)
    await scan(phone, order.number)
    // No camera permission needed: the file picker (a phone opens its camera app) takes a PNG.
    await phone.locator('input[type="file"]').setInputFiles({
      name: 'parcel.png',
      mimeType: 'image/png',
      buffer: await phone.screenshot(),
    })
    await phone.locator('[data-testid="pack-photo"][data-status="done"]').waitFor({
      timeout: LIVE_TIMEOUT,
    })
    await phone.getByTestId('pack-checklist-item').first().click()
    await settled(phone)
    await screenshot(phone, 'pack-04-session-phone')
    await phone.getByTestId('pack-save').click()
    await phone.getByTestId('pack-saved').waitFor()
    await settled(phone)
    await screenshot(phone, 'pack-05-saved-phone')

    const page = await pages.open()
    await page.goto(`${server.url}/orders/${order.id}`)
    const card = page.getByTestId('order-packing')
    await card.getByTestId('order-pack-check').first().waitFor()
    expect(await card.getByTestId('order-pack-check').count()).toBe(2)
    const thumbnail = card.getByTestId('order-pack-photo').first()
    await expect
      .poll(() => thumbnail.evaluate((img) => (img as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0)
    const button = page.getByTestId('order-evidence-pdf')
    expect(await button.getAttribute('target')).toBe('_blank')
    const href = (await button.getAttribute('href')) ?? ''
    expect(href).toBe(`/api/v1/orders/${order.id}/evidence.pdf?lang=pl`)
    await settled(page)
    await screenshot(page, 'pack-06-order-detail')

    const download = await page.request.get(`${server.url}${href}`)
    expect(download.status()).toBe(200)
    expect(download.headers()['content-type']).toBe('application/pdf')
    expect(download.headers()['content-disposition']).toContain(`evidence-${order.number}.pdf`)
    expect((await download.body()).subarray(0, 5).toString()).toBe('%PDF-')

    const rendered = await renderPdfPages(server, page, href, 'pack-evidence')
    expect(rendered.pages).toBeGreaterThan(0)
    const text = rendered.texts.join(' ')
    expect(text).toContain(order.number)
    expect(text).toContain('Pakiet dowodowy do zamówienia')
    expect(text).toContain('Kontrola pakowania')
    for (const file of rendered.files) expect(fs.statSync(file).size).toBeGreaterThan(10_000)
  })
})
