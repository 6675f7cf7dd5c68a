import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type AftersaleServer, startAftersale } from './aftersale-server.js'
import { launchChromium, screenshot } from './browser.js'
import { PHONE } from './inbox-helpers.js'
import { apiGet, ownerPages, settled } from './orders-helpers.js'

let server: AftersaleServer
let browser: Browser
let pages: ReturnType<typeof ownerPages>
let dir: string

beforeAll(async () => {
  server = await startAftersale()
  browser = await launchChromium()
  pages = ownerPages(browser, () => server)
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftersale-import-e2e-'))
})

afterEach(async () => {
  await pages.closeAll()
})

afterAll(async () => {
  await pages?.closeAll()
  await browser?.close()
  await server?.stop()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

/**
 * A shop export as a Polish seller's spreadsheet saves it: semicolons, Polish headers, decimal
 * commas, Polish dates. Line 4 has a price that is not a number, so exactly one row is refused.
 */
const CSV = [
  'Numer zamówienia;Data zamówienia;Kupujący;E-mail;Nazwa produktu;Ilość;Cena;Waluta',
  'E2E-9001;20.11.2026 10:15;Joanna Kołodziej;joanna.kolodziej@example.pl;Kawa Kenia AA 250 g;2;52,00;PLN',
  'E2E-9001;20.11.2026 10:15;Joanna Kołodziej;joanna.kolodziej@example.pl;Filtry papierowe V60;1;19,90;PLN',
  'E2E-9002;21.11.2026 08:00;Marcin Rutkowski;marcin.rutkowski@example.pl;Młynek ręczny;1;dwieście;PLN',
  'E2E-9003;22.11.2026 18:30;Ola Pietrzak;ola.pietrzak@example.pl;Kawa Brazylia Santos 1 kg;1;119,00;PLN',
  '',
].join('\r\n')

interface Run {
  id: string
  status: string
  rowsRead: number
  rowsImported: number
  rowsFailed: number
  errors: { line: number; column: string | null; message: string }[]
}

describe('CSV import', () => {
  it('uploads a file of orders, shows the progress to the end and lists the refused row', async () => {
    const file = path.join(dir, 'zamowienia-listopad.csv')
    fs.writeFileSync(file, CSV, 'utf8')
    const page = await pages.open()
    await page.getByTestId('nav-imports').click()
    await page.getByTestId('import-upload').waitFor()
    await page.getByTestId('import-kind-orders').click()
    await page.getByTestId('import-required-columns').waitFor()
    await page.locator('input[type="file"]').setInputFiles(file)
    expect(await page.getByTestId('import-file-name').textContent()).toContain(
      'zamowienia-listopad.csv',
    )

    const started = page.waitForResponse(
      (r) => r.url().includes('/api/v1/imports?') && r.request().method() === 'POST',
    )
    await page.getByTestId('import-start').click()
    const response = await started
    expect(response.status()).toBe(202)
    // The run id from the URL the page moves to: the upload's response body may already be
    // gone from the browser's inspector cache by the time we ask for it.
    await page.waitForURL(/[?&]run=[0-9a-f-]{36}/)
    const runId = new URL(page.url()).searchParams.get('run') as string

    const run = page.locator(`[data-testid="import-run"][data-run-id="${runId}"]`)
    await run.waitFor()
    await page.getByTestId('import-progress-bar').waitFor()
    await page
      .locator(`[data-testid="import-run"][data-run-id="${runId}"][data-status="finished"]`)
      .waitFor({ timeout: 60_000 })
    expect(await run.getAttribute('data-percent')).toBe('100')
    expect(await page.getByTestId('import-rows-failed').textContent()).toBe('1')

    const errors = page.getByTestId('import-error')
    await expect.poll(() => errors.count()).toBe(1)
    expect(await errors.first().getAttribute('data-line')).toBe('4')
    // The column is named as the file names it, so the seller finds it in their spreadsheet.
    expect(await errors.first().getAttribute('data-column')).toBe('Cena')
    expect(await page.getByTestId('import-errors-download').getAttribute('href')).toBe(
      `/api/v1/imports/${runId}/errors.csv`,
    )
    const stored = await apiGet<Run>(server, page, `/imports/${runId}`)
    expect(stored).toMatchObject({ status: 'finished', rowsRead: 4, rowsFailed: 1 })
    expect(stored.errors).toHaveLength(1)
    expect(await page.getByTestId('import-rows-imported').textContent()).toBe(
      String(stored.rowsImported),
    )
    // The run is in the history, and its orders are in the orders list.
    await page
      .locator(`[data-testid="import-run-row"][data-run-id="${runId}"][data-status="finished"]`)
      .waitFor()
    await settled(page)
    await screenshot(page, 'import-01-finished-with-error')

    const imported = await apiGet<{ items: { number: string; totalMinor: number }[] }>(
      server,
      page,
      '/orders?q=E2E-9001',
    )
    expect(imported.items).toMatchObject([{ number: 'E2E-9001', totalMinor: 2 * 5200 + 1990 }])
    await page.getByTestId('nav-orders').click()
    await page.getByTestId('orders-search').fill('E2E-9003')
    await page.locator('[data-testid="order-row"][data-number="E2E-9003"]').waitFor()

    const phone = await pages.open(PHONE)
    await phone.goto(`${server.url}/imports?run=${runId}`)
    await phone.locator(`[data-testid="import-run"][data-status="finished"]`).waitFor()
    await settled(phone)
    await screenshot(phone, 'import-02-finished-phone')
  })
})
