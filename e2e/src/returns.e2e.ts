import type { Browser } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type AftersaleServer, startAftersale } from './aftersale-server.js'
import { launchChromium, screenshot } from './browser.js'
import { apiRequest, PHONE } from './inbox-helpers.js'
import { apiGet, ownerPages, settled } from './orders-helpers.js'
import {
  caseStatus,
  draftAction,
  fileReturnInPortal,
  previewDraft,
  trackedOrder,
} from './returns-helpers.js'

let server: AftersaleServer
let browser: Browser
let pages: ReturnType<typeof ownerPages>

interface CaseJson {
  id: string
  status: string
  kind: string
  refundBy: string | null
  respondBy: string | null
  refundDueMinor: number
  refundedMinor: number
  refusalGrounds: string[]
  version: number
  events: { action: string }[]
}

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

describe('returns and complaints', () => {
  it('a customer files a return in the portal and an agent accepts and refunds it', async () => {
    const page = await pages.open()
    // The grinder of KK-10455 was delivered three days ago: well inside the 14 days (art. 27).
    const order = await trackedOrder(server, page, 'KK-10455')
    const listed = () =>
      apiGet<{ items: { id: string }[] }>(
        server,
        page,
        `/returns/cases?view=all&orderId=${order.id}`,
      )
    const earlier = new Set((await listed()).items.map((c) => c.id))
    const portal = await fileReturnInPortal(browser, server, order, 'Comandante')
    await portal.getByTestId('created').waitFor()
    await portal.context().close()
    const filed = (await listed()).items.filter((c) => !earlier.has(c.id))
    expect(filed).toHaveLength(1)
    const caseId = filed[0]?.id ?? ''

    await page.getByTestId('nav-returns').click()
    await page.getByTestId('returns-page').waitFor()
    await page.getByTestId('cases-search').fill('KK-10455')
    await page.waitForURL(/[?&]q=KK-10455/)
    const row = page.locator(`[data-testid="case-row"][data-case-id="${caseId}"]`)
    await row.waitFor()
    expect(await row.getAttribute('data-kind')).toBe('withdrawal')
    expect(await row.getByTestId('case-deadline').getAttribute('data-kind')).toBe('refund')
    expect(await row.getByTestId('case-verdict').getAttribute('data-verdict')).toBe('accept')
    await page.getByTestId('cases-search').fill('')
    await page.waitForURL((url) => !url.search.includes('q='))
    await page.getByTestId('deadline-chart').waitFor()
    await settled(page)
    await screenshot(page, 'return-cases-01-list')

    await row.getByTestId('case-number').click()
    await page.getByTestId('case-header').waitFor()
    const before = await apiGet<CaseJson>(server, page, `/returns/cases/${caseId}`)
    expect(before.status).toBe('new')
    expect(before.events.map((e) => e.action)).toContain('opened')
    expect(await page.getByTestId('case-portal-link').getAttribute('href')).toMatch(/^\/r\//)
    expect(await page.getByTestId('case-evidence-pdf').getAttribute('href')).toContain(
      `caseId=${caseId}`,
    )
    await page.locator('[data-testid="running-deadline"]').waitFor()
    await settled(page)
    await screenshot(page, 'return-cases-02-case')

    // Accept: the preview shows the refund and its due date before anything is saved.
    await draftAction(page, 'accept')
    const preview = await previewDraft(page)
    expect(await preview.getAttribute('data-ok')).toBe('true')
    expect(await preview.getAttribute('data-next-status')).toBe('accepted')
    const refund = preview.getByTestId('plan-refund')
    expect(Number(await refund.getAttribute('data-total'))).toBeGreaterThan(0)
    expect(await preview.getByTestId('plan-refund-due').getAttribute('data-date')).toBe(
      before.refundBy,
    )
    expect(await preview.getByTestId('plan-mail').getAttribute('data-mail')).toBe('accepted')
    const unchanged = await apiGet<CaseJson>(server, page, `/returns/cases/${caseId}`)
    expect(unchanged.status).toBe('new')
    await settled(page)
    await screenshot(page, 'return-cases-03-accept-preview')
    // Someone else moves the case on meanwhile: confirming the stale preview is refused (409).
    const { status: requested } = await apiRequest(
      server,
      page,
      'POST',
      `/returns/cases/${caseId}/actions`,
      { action: { type: 'request_item' }, expectedVersion: unchanged.version },
    )
    expect(requested).toBe(200)
    await page.getByTestId('action-confirm').click()
    await page.getByTestId('action-changed').waitFor()
    await caseStatus(page, 'awaiting_item')
    expect(await page.getByTestId('action-confirm').isDisabled()).toBe(true)
    await previewDraft(page)
    await page.getByTestId('action-confirm').click()
    await caseStatus(page, 'accepted')
    await page.locator('[data-testid="case-event"][data-action="accept"]').waitFor()

    // Refund everything that is due, paid now: the case resolves.
    await draftAction(page, 'refund')
    expect(await page.getByTestId('refund-paid').isChecked()).toBe(true)
    const refundPreview = await previewDraft(page)
    expect(await refundPreview.getAttribute('data-next-status')).toBe('resolved')
    await page.getByTestId('action-confirm').click()
    await caseStatus(page, 'resolved')
    await page.locator('[data-testid="case-refund"][data-status="done"]').waitFor()
    const after = await apiGet<CaseJson>(server, page, `/returns/cases/${caseId}`)
    expect(after.refundedMinor).toBe(after.refundDueMinor)
    expect(after.refundedMinor).toBeGreaterThan(0)
    await page.getByTestId('case-no-actions').waitFor()
    await settled(page)
    await screenshot(page, 'return-cases-04-resolved')
  })

  it('an agent opens a complaint, inspects it and refuses it with grounds and evidence', async () => {
    const page = await pages.open()
    await page.goto(`${server.url}/returns`)
    await page.getByTestId('new-case-button').click()
    const form = page.getByTestId('new-case-form')
    await form.waitFor()
    await form.getByTestId('new-case-order-search').fill('KK-10390')
    await form.locator('[data-testid="new-case-order-option"][data-number="KK-10390"]').click()
    const line = form.locator('[data-testid="new-case-line"][data-sku="DRIP-V60-02"]')
    await line.getByTestId('new-case-line-pick').check()
    await form.getByTestId('new-case-kind').getByText('Reklamacja', { exact: false }).click()
    await form.getByTestId('new-case-remedy').selectOption('repair')
    await form.getByTestId('new-case-description').fill('Pęknięta ceramika po tygodniu używania.')
    await form.getByTestId('new-case-check').click()
    const verdict = page.getByTestId('new-case-verdict')
    await verdict.waitFor()
    expect(await verdict.getByTestId('engine-verdict').getAttribute('data-decision')).toBe('accept')
    await settled(page)
    await screenshot(page, 'return-cases-05-new-case')
    await form.getByTestId('new-case-open').click()
    await page.waitForURL(/\/returns\/[0-9a-f-]{36}$/)
    await page.getByTestId('case-header').waitFor()
    // An undecided complaint: the answer deadline and the art. 7a sentence are shown.
    await page.getByTestId('silence-rule').waitFor()
    expect(
      await page
        .locator('[data-testid="case-header"] [data-testid="case-deadline"]')
        .getAttribute('data-kind'),
    ).toBe('respond')
    const caseId = (await page.getByTestId('case-page').getAttribute('data-case-id')) ?? ''

    // Inspection: the dripper came back cracked — damage, not a defect.
    await draftAction(page, 'inspect')
    await page.getByTestId('inspect-condition').selectOption('damaged')
    expect(await page.getByTestId('inspect-deduction').count()).toBe(0)
    await previewDraft(page)
    await page.getByTestId('action-confirm').click()
    await caseStatus(page, 'inspected')

    // Refusal: grounds, a justification and a photo as evidence; the preview has no errors.
    await draftAction(page, 'refuse')
    await page
      .locator('[data-testid="refuse-ground"][data-ground="damage_caused_by_buyer"]')
      .check()
    await page
      .getByTestId('refuse-justification')
      .fill('Ślady uderzenia na dnie drippera wskazują na upadek, a nie na wadę produktu.')
    const photo = await page.screenshot({ clip: { x: 0, y: 0, width: 320, height: 200 } })
    const chooser = page.waitForEvent('filechooser')
    await page.getByTestId('refuse-upload').click()
    await (await chooser).setFiles({ name: 'dripper.png', mimeType: 'image/png', buffer: photo })
    await page.locator('[data-testid="refuse-evidence-count"][data-count="1"]').waitFor()
    const preview = await previewDraft(page)
    expect(await preview.getAttribute('data-ok')).toBe('true')
    expect(await preview.getByTestId('plan-errors').count()).toBe(0)
    expect(await preview.getAttribute('data-next-status')).toBe('refused')
    expect(await preview.getByTestId('plan-mail').getAttribute('data-mail')).toBe('refused')
    await settled(page)
    await screenshot(page, 'return-cases-06-refuse-preview')
    await page.getByTestId('action-confirm').click()
    await caseStatus(page, 'refused')
    await page.locator('[data-testid="case-event"][data-action="refuse"]').waitFor()
    await page.getByTestId('case-refusal').waitFor()
    await page.locator('[data-testid="case-file"][data-purpose="evidence"]').waitFor()
    const refused = await apiGet<CaseJson>(server, page, `/returns/cases/${caseId}`)
    expect(refused.refusalGrounds).toEqual(['damage_caused_by_buyer'])
    await settled(page)
    await screenshot(page, 'return-cases-07-refused')
  })

  it('shows the list and a case on a phone', async () => {
    const page = await pages.open(PHONE)
    await page.goto(`${server.url}/returns?view=all`)
    await page.getByTestId('cases-list').waitFor()
    await settled(page)
    await screenshot(page, 'return-cases-08-list-phone')
    await page.getByTestId('case-row').first().click()
    await page.getByTestId('deadline-panel').waitFor()
    await settled(page)
    await screenshot(page, 'return-cases-09-case-phone')
  })
})
