import type { Browser, Locator, Page } from 'playwright-core'
import type { AftersaleServer } from './aftersale-server.js'
import { DESKTOP } from './inbox-helpers.js'
import { apiGet } from './orders-helpers.js'

/** A demo order with its customer-facing tracking page (`/t/<token>`). */
export interface TrackedOrder {
  id: string
  number: string
  trackingUrl: string
}

/** The demo order with this number, with its tracking link. */
export async function trackedOrder(
  server: AftersaleServer,
  page: Page,
  number: string,
): Promise<TrackedOrder> {
  const { items } = await apiGet<{ items: TrackedOrder[] }>(
    server,
    page,
    `/orders?q=${encodeURIComponent(number)}`,
  )
  const order = items.find((o) => o.number === number)
  if (!order) throw new Error(`order ${number} is not in the demo data`)
  return order
}

/**
 * The customer's side, in a context of its own (no agent session): from the tracking page,
 * "Return an item", tick `itemName`, choose a withdrawal, give a reason and submit. Resolves on
 * the case's status page.
 */
export async function fileReturnInPortal(
  browser: Browser,
  server: AftersaleServer,
  order: TrackedOrder,
  itemName: string,
): Promise<Page> {
  const context = await browser.newContext({ viewport: DESKTOP, locale: 'pl-PL' })
  const page = await context.newPage()
  await page.goto(`${server.url}${order.trackingUrl}`)
  await page.getByTestId('return-item').click()
  const selection = page.getByTestId('selection-form')
  await selection.waitFor()
  await selection
    .getByTestId('pick-item')
    .filter({ hasText: itemName })
    .locator('input[type=checkbox]')
    .check()
  await selection.getByTestId('kind-withdrawal').check()
  await selection.locator('button[type=submit]').click()
  const details = page.getByTestId('details-form')
  await details.waitFor()
  await details.locator('select[name=reason]').selectOption('changed_mind')
  await details.getByTestId('submit-case').click()
  await page.getByTestId('status-page').waitFor()
  return page
}

/** Waits until the case page shows this status (live refetch or the confirmation's own refresh). */
export async function caseStatus(page: Page, status: string): Promise<void> {
  await page.locator(`[data-testid="case-page"][data-status="${status}"]`).waitFor()
}

/** Starts a fresh draft of an action in the case's actions panel; resolves on its form. */
export async function draftAction(page: Page, action: string): Promise<Locator> {
  await page.locator(`[data-testid="case-action"][data-action="${action}"]`).click()
  const form = page.locator(`[data-testid="action-form"][data-action="${action}"]`)
  await form.waitFor()
  return form
}

/** Previews the drafted action (nothing saved) and resolves on the preview box. */
export async function previewDraft(page: Page): Promise<Locator> {
  const answered = page.waitForResponse((r) => r.url().endsWith('/actions/preview'))
  await page.getByTestId('action-preview-button').click()
  await answered
  const preview = page.getByTestId('action-preview')
  await preview.waitFor()
  return preview
}
