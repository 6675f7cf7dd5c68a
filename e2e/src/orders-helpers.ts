import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { AftersaleServer } from './aftersale-server.js'
import { apiRequest, DESKTOP, logIn, newPage } from './inbox-helpers.js'

/** Signed-in pages of the demo owner; each in its own context, closed by `closeAll`. */
export function ownerPages(browser: Browser, server: () => AftersaleServer) {
  const contexts: BrowserContext[] = []
  return {
    async open(viewport: { width: number; height: number } = DESKTOP, locale = 'pl-PL') {
      const page = await newPage(browser, viewport, locale)
      contexts.push(page.context())
      await logIn(server(), page)
      return page
    },
    async closeAll() {
      await Promise.all(contexts.splice(0).map((c) => c.close().catch(() => {})))
    },
  }
}

/** GET through the page's session; fails the test with the endpoint's answer when it is not 200. */
export async function apiGet<T>(server: AftersaleServer, page: Page, path: string): Promise<T> {
  const { status, body } = await apiRequest<T>(server, page, 'GET', path)
  if (status !== 200) throw new Error(`GET ${path} answered ${status}: ${JSON.stringify(body)}`)
  return body
}

/** An order as `GET /orders` lists it (the fields these tests read). */
export interface OrderRow {
  id: string
  number: string
  status: string
  customerId: string | null
  shipment: { carrier: string | null; trackingNumber: string } | null
  openAlerts: { kind: string }[]
}

/** The demo order with this number (searched the way an agent searches). */
export async function orderByNumber(
  server: AftersaleServer,
  page: Page,
  number: string,
): Promise<OrderRow> {
  const { items } = await apiGet<{ items: OrderRow[] }>(
    server,
    page,
    `/orders?q=${encodeURIComponent(number)}`,
  )
  const order = items.find((o) => o.number === number)
  if (!order) throw new Error(`order ${number} is not in the demo data`)
  return order
}

/** The id of the demo conversation whose subject contains `text`. */
export async function conversationIdWithSubject(
  server: AftersaleServer,
  page: Page,
  text: string,
): Promise<string> {
  const { items } = await apiGet<{ items: { id: string; subject: string | null }[] }>(
    server,
    page,
    '/conversations?view=all&status=open&limit=100',
  )
  const conversation = items.find((c) => c.subject?.includes(text))
  if (!conversation) throw new Error(`no open demo conversation mentions "${text}"`)
  return conversation.id
}

/**
 * Readies a page for a screenshot: no section loader left, toasts gone (the pointer is moved off
 * them, hovering pauses their timer), scrolled to the top (a full-page shot of a scrolled page
 * draws the fixed header in the middle).
 */
export async function settled(page: Page): Promise<void> {
  await page
    .getByTestId('section-loader')
    .first()
    .waitFor({ state: 'detached' })
    .catch(() => {})
  await page.mouse.move(1, 1)
  await page
    .locator('.mantine-Notification-root')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => {})
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }))
  await page.waitForFunction(() => window.scrollY === 0)
}
