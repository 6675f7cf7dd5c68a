import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type AftersaleServer, startAftersale } from './aftersale-server.js'
import { launchChromium, screenshot } from './browser.js'
import { apiRequest, LIVE_TIMEOUT, markPage, PHONE, pageMark } from './inbox-helpers.js'
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

const DAY_MS = 86_400_000

/** The demo order and conversation the complaint is filed on, and the complaint once opened. */
const seeded = { orderId: '', conversationId: '', caseId: '', number: '', respondBy: '' }

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

async function summary(page: Page) {
  return apiGet<{ open: number; due: number; overdue: number }>(server, page, '/returns/summary')
}

/** Files a consumer complaint about the order's first line, as an agent would, 12 days ago. */
async function fileComplaint(page: Page): Promise<void> {
  const order = await apiGet<{ items: { id: string }[] }>(server, page, `/orders/${seeded.orderId}`)
  const line = order.items[0]
  if (!line?.id) throw new Error('GET /orders/:id must list the order lines with their ids')
  const opened = await apiRequest<{ caseId: string; number: string }>(
    server,
    page,
    'POST',
    '/returns/cases',
    {
      kind: 'complaint',
      orderId: seeded.orderId,
      conversationId: seeded.conversationId,
      reasonCode: 'stopped_working',
      description: 'Przestało działać po tygodniu.',
      requestedRemedy: 'repair',
      requestedAt: new Date(Date.now() - 12 * DAY_MS).toISOString(),
      items: [{ orderItemId: line.id, quantity: 1 }],
    },
  )
  expect(opened.status, JSON.stringify(opened.body)).toBe(201)
  seeded.caseId = opened.body.caseId
  seeded.number = opened.body.number
  const detail = await apiGet<{ respondBy: string | null }>(
    server,
    page,
    `/returns/cases/${seeded.caseId}`,
  )
  seeded.respondBy = detail.respondBy ?? ''
}

describe('case deadline clocks', () => {
  it('shows a new complaint’s answer deadline in the conversation, the list and the navbar, live', async () => {
    const page = await pages.open()
    seeded.conversationId = await conversationIdWithSubject(server, page, 'KK-10482')
    seeded.orderId = (await orderByNumber(server, page, 'KK-10482')).id
    const before = await summary(page)

    await page.goto(`${server.url}/inbox/${seeded.conversationId}`)
    await page.locator('[data-testid="live-indicator"][data-state="open"]').waitFor()
    const card = page.getByTestId('conversation-case-clocks')
    await card.getByTestId('case-clocks-empty').waitFor()
    // Opening a case from the conversation carries its order and the conversation itself.
    const open = new URL(
      (await card.getByTestId('conversation-open-case').getAttribute('href')) ?? '',
      server.url,
    )
    expect(open.pathname).toBe('/returns')
    expect(Object.fromEntries(open.searchParams)).toEqual({
      new: '1',
      orderId: seeded.orderId,
      conversationId: seeded.conversationId,
    })
    const mark = await markPage(page)

    await fileComplaint(page)
    // The engine gives the seller 14 days to answer (art. 7a): 2 days are left.
    const { today } = await apiGet<{ today: string }>(
      server,
      page,
      `/returns/clocks?conversationIds=${seeded.conversationId}`,
    )
    expect(seeded.respondBy).toBe(addDays(today, 2))

    // The card picks the case up from the live stream, without a reload.
    const row = card.locator(`[data-testid="case-clock"][data-case-id="${seeded.caseId}"]`)
    await row.waitFor({ timeout: LIVE_TIMEOUT })
    expect(await row.getByTestId('case-clock-link').textContent()).toBe(seeded.number)
    expect(await row.getByTestId('case-clock-link').getAttribute('href')).toBe(
      `/returns/${seeded.caseId}`,
    )
    const chip = row.getByTestId('deadline-chip')
    expect(await chip.getAttribute('data-kind')).toBe('answer')
    expect(await chip.getAttribute('data-date')).toBe(seeded.respondBy)
    expect(await chip.getAttribute('data-urgency')).toBe('soon')

    // The list row of the conversation carries the due-soon badge.
    const listRow = page.locator(
      `[data-testid="conversation-row"][data-conversation-id="${seeded.conversationId}"]`,
    )
    const badge = listRow.getByTestId('conversation-case-badge')
    await badge.waitFor({ timeout: LIVE_TIMEOUT })
    expect(await badge.getAttribute('data-date')).toBe(seeded.respondBy)

    // The summary behind the navbar badge counts it among the cases due within 3 days.
    expect((await summary(page)).due).toBeGreaterThanOrEqual(before.due + 1)
    expect(await pageMark(page)).toBe(mark)
    await settled(page)
    await screenshot(page, 'return-clocks-01-inbox')

    // Without room for the side panel, the deadline sits above the thread.
    const phone = await pages.open(PHONE)
    await phone.goto(`${server.url}/inbox/${seeded.conversationId}`)
    const strip = phone.getByTestId('conversation-case-strip')
    await strip.waitFor()
    expect(
      await strip
        .locator(`[data-case-id="${seeded.caseId}"] [data-testid="deadline-chip"]`)
        .count(),
    ).toBe(1)
    await settled(phone)
    await screenshot(phone, 'return-clocks-02-inbox-phone')
  })

  it('lists the order’s cases with their clocks on the order page', async () => {
    expect(seeded.caseId, 'the first test files the complaint').not.toBe('')
    const page = await pages.open()
    await page.goto(`${server.url}/orders/${seeded.orderId}`)
    const card = page.getByTestId('order-returns')
    const row = card.locator(`[data-testid="case-clock"][data-case-id="${seeded.caseId}"]`)
    await row.waitFor()
    expect(await row.getAttribute('data-kind')).toBe('complaint')
    expect(await row.getByTestId('deadline-chip').getAttribute('data-date')).toBe(seeded.respondBy)
    expect(await card.getByTestId('order-open-case').getAttribute('href')).toBe(
      `/returns?new=1&orderId=${seeded.orderId}`,
    )
    // The full navbar (outside the inbox's slim rail) shows the count of cases due soon.
    const due = (await summary(page)).due
    expect(due).toBeGreaterThanOrEqual(1)
    expect(await page.getByTestId('nav-returns-count').textContent()).toBe(String(due))
    await settled(page)
    await screenshot(page, 'return-clocks-03-order')

    const phone = await pages.open(PHONE)
    await phone.goto(`${server.url}/orders/${seeded.orderId}`)
    await phone.getByTestId('order-returns').getByTestId('case-clock').first().waitFor()
    await settled(phone)
    await screenshot(phone, 'return-clocks-04-order-phone')
  })

  it('saves a 30-day return window in Settings → Returns', async () => {
    const page = await pages.open()
    await page.goto(`${server.url}/settings/returns`)
    await page.getByTestId('settings-tab-returns').waitFor()
    const windowDays = page.getByTestId('return-settings-window')
    await windowDays.waitFor()
    const slug = (await apiGet<{ slug: string }>(server, page, '/workspace')).slug
    expect(await page.getByTestId('return-settings-portal-link').textContent()).toBe(
      `${server.url}/shop/${slug}/returns`,
    )
    await windowDays.fill('30')
    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/settings/returns') && r.request().method() === 'PUT',
    )
    await page.getByTestId('return-settings-save').click()
    expect((await saved).status()).toBe(200)
    await page.reload()
    await page.getByTestId('return-settings-window').waitFor()
    expect(await page.getByTestId('return-settings-window').inputValue()).toBe('30')
    const stored = await apiGet<{ sellerReturnDays: number | null }>(
      server,
      page,
      '/settings/returns',
    )
    expect(stored.sellerReturnDays).toBe(30)
    await settled(page)
    await screenshot(page, 'return-clocks-05-settings')

    const phone = await pages.open(PHONE)
    await phone.goto(`${server.url}/settings/returns`)
    await phone.getByTestId('return-settings-window').waitFor()
    await settled(phone)
    await screenshot(phone, 'return-clocks-06-settings-phone')
  })
})
