import type { Browser } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type AftersaleServer, startAftersale } from './aftersale-server.js'
import { launchChromium, screenshot } from './browser.js'
import { PHONE } from './inbox-helpers.js'
import { apiGet, orderByNumber, ownerPages, settled } from './orders-helpers.js'

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

interface Profile {
  notes: { text: string; authorLabel: string }[]
  consents: { purpose: string; granted: boolean; source: string }[]
}

const segmentsOf = (page: import('playwright-core').Page) =>
  page
    .getByTestId('customer-row')
    .evaluateAll((rows) => rows.map((r) => (r.getAttribute('data-segments') ?? '').split(' ')))

describe('customers', () => {
  it('filters by segment, saves the filter, and on a profile adds a note and records a consent', async () => {
    const page = await pages.open()
    await page.getByTestId('nav-customers').click()
    await page.getByTestId('customers-list').waitFor()
    // The chart counts what the API counts.
    const segments = await apiGet<{ items: { id: string; customers: number }[] }>(
      server,
      page,
      '/customers/segments',
    )
    const bars = page.getByTestId('segment-bar')
    await bars.first().waitFor()
    expect(
      await bars.evaluateAll((b) =>
        b.map((x) => [x.getAttribute('data-segment'), Number(x.getAttribute('data-count'))]),
      ),
    ).toEqual(segments.items.map((s) => [s.id, s.customers]))
    const returning = segments.items.find((s) => s.id === 'returning')?.customers ?? 0
    expect(returning).toBeGreaterThan(0)

    await page.locator('[data-testid="segment-filter"][data-segment="returning"]').click()
    await page.waitForURL(/[?&]segments=returning/)
    await expect
      .poll(async () => (await segmentsOf(page)).every((s) => s.includes('returning')))
      .toBe(true)
    await expect.poll(() => page.getByTestId('customer-row').count()).toBe(returning)

    await page.getByTestId('saved-filter-create').click()
    await page.getByTestId('saved-filter-name').fill('Powracający (e2e)')
    await page.getByTestId('saved-filter-submit').click()
    const saved = page.locator('[data-testid="saved-filter"][data-selected="true"]', {
      hasText: 'Powracający (e2e)',
    })
    await saved.waitFor()
    await page.waitForURL(/[?&]saved=/)
    await expect.poll(() => page.getByTestId('customer-row').count()).toBe(returning)
    await settled(page)
    await screenshot(page, 'customers-01-list-segment-filter')

    // Katarzyna bought three times and wrote about a parcel.
    const order = await orderByNumber(server, page, 'KK-10482')
    const customerId = order.customerId ?? ''
    expect(customerId).not.toBe('')
    await page.locator(`[data-testid="customer-row"][data-customer-id="${customerId}"]`).click()
    const profile = page.locator(
      `[data-testid="customer-profile"][data-customer-id="${customerId}"]`,
    )
    await profile.getByTestId('customer-title').waitFor()
    expect(await profile.getByTestId('customer-title').textContent()).toBe('Katarzyna Zielińska')
    await profile.locator('[data-testid="segment-badge"][data-segment="returning"]').waitFor()
    await profile.getByTestId('customer-identity').first().waitFor()
    await profile
      .locator(`[data-testid="customer-timeline-entry"][data-entry-id="${order.id}"]`)
      .waitFor()
    await profile.getByTestId('order-sparkline').waitFor()

    const note = 'Woli kontakt telefoniczny po 16:00 (e2e).'
    await profile.getByTestId('customer-note-input').fill(note)
    await profile.getByTestId('customer-note-submit').click()
    await profile.getByTestId('customer-note').filter({ hasText: note }).waitFor()

    const source = 'rozmowa telefoniczna 24.11 (e2e)'
    const consent = profile.locator(
      '[data-testid="consent-current"][data-purpose="marketing_email"]',
    )
    expect(await consent.getAttribute('data-granted')).toBe('none')
    await profile.getByTestId('consent-purpose').selectOption('marketing_email')
    await profile.getByTestId('consent-grant').click()
    await profile.getByTestId('consent-source').fill(source)
    await profile.getByTestId('consent-submit').click()
    await profile
      .locator(
        '[data-testid="consent-current"][data-purpose="marketing_email"][data-granted="true"]',
      )
      .waitFor()
    await profile.getByTestId('consent-record').filter({ hasText: source }).waitFor()

    const stored = await apiGet<Profile>(server, page, `/customers/${customerId}`)
    expect(stored.notes.map((n) => n.text)).toContain(note)
    expect(stored.consents[0]).toMatchObject({ purpose: 'marketing_email', granted: true, source })
    await settled(page)
    await screenshot(page, 'customers-02-profile-note-consent')
  })

  it('lists customers on a phone', async () => {
    const page = await pages.open(PHONE)
    await page.goto(`${server.url}/customers`)
    await page.getByTestId('customers-list').waitFor()
    await page.getByTestId('segment-chart').waitFor()
    await settled(page)
    await screenshot(page, 'customers-03-list-phone')
    // Rows are cards on a phone: no sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  })
})
