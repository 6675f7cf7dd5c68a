import { randomUUID } from 'node:crypto'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { AftersaleServer } from './aftersale-server.js'

/** Desktop and phone viewports the inbox screenshots are taken at. */
export const DESKTOP = { width: 1440, height: 900 }
export const PHONE = { width: 390, height: 844 }

/** Bounded waits: live updates must show within a second, CI machines can be slow. */
export const LIVE_TIMEOUT = 30_000

/** A fresh browser context (own cookies and storage) with one page. */
export async function newPage(
  browser: Browser,
  viewport: { width: number; height: number } = DESKTOP,
  locale = 'pl-PL',
): Promise<Page> {
  const context = await browser.newContext({ viewport, locale, reducedMotion: 'reduce' })
  return context.newPage()
}

/** Signs the demo owner in on `page` and waits for the home page. */
export async function logIn(server: AftersaleServer, page: Page): Promise<void> {
  await page.goto(`${server.url}/login`)
  await page.getByTestId('login-email').fill(server.demo.email)
  await page.getByTestId('login-password').fill(server.demo.password)
  await page.getByTestId('login-submit').click()
  await page.getByTestId('welcome-panel').waitFor()
}

/** Opens the inbox (optionally filtered on one channel account) and waits for the live stream. */
export async function openInbox(server: AftersaleServer, page: Page, channelAccountId?: string) {
  const query = channelAccountId ? `?channel=${encodeURIComponent(channelAccountId)}` : ''
  await page.goto(`${server.url}/inbox${query}`)
  await page.getByTestId('inbox').waitFor()
  await page.locator('[data-testid="live-indicator"][data-state="open"]').waitFor()
  await page
    .locator('[data-testid="conversation-list"], [data-testid="conversation-list-empty"]')
    .first()
    .waitFor()
}

/**
 * Leaves a mark in the page's JavaScript world; `assertNotReloaded` fails when the page was
 * reloaded or navigated away in between, so an update seen afterwards came over the live stream.
 */
export async function markPage(page: Page): Promise<string> {
  const mark = randomUUID()
  await page.evaluate((value) => {
    ;(window as unknown as { __e2eMark?: string }).__e2eMark = value
  }, mark)
  return mark
}

/** The mark left by `markPage`, or null after a reload. */
export function pageMark(page: Page): Promise<string | null> {
  return page.evaluate(() => (window as unknown as { __e2eMark?: string }).__e2eMark ?? null)
}

/** A JSON request with the page's session cookie and CSRF header, as the web app sends it. */
export async function apiRequest<T = unknown>(
  server: AftersaleServer,
  page: Page,
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const csrf = (await page.context().cookies(server.url)).find((c) => c.name === 'aftersale_csrf')
  const response = await page.request.fetch(`${server.url}/api/v1${path}`, {
    method,
    headers: {
      ...(csrf ? { 'x-csrf-token': csrf.value } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { data: JSON.stringify(body) }),
  })
  const text = await response.text()
  return { status: response.status(), body: (text ? JSON.parse(text) : null) as T }
}

/** A channel account as `GET /channel-accounts` lists it (the fields these tests read). */
export interface ChannelAccountSummary {
  id: string
  kind: 'email' | 'widget' | 'allegro'
  name: string
  status: string
  settings: Record<string, unknown>
  health: { lastSyncAt: string | null; lastSuccessAt: string | null; lastError: string | null }
}

export async function channelAccounts(
  server: AftersaleServer,
  page: Page,
): Promise<ChannelAccountSummary[]> {
  const { status, body } = await apiRequest<{ items: ChannelAccountSummary[] }>(
    server,
    page,
    'GET',
    '/channel-accounts',
  )
  if (status !== 200) throw new Error(`GET /channel-accounts answered ${status}`)
  return body.items
}

/** The simulator's unauthenticated test-control API (see the simulator's README). */
export async function simControl<T = unknown>(
  server: AftersaleServer,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${server.url}/_sim/allegro/_control${path}`, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  })
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}`)
  return (await response.json()) as T
}

/** Closes the given browser contexts, ignoring ones already closed. */
export async function closeContexts(contexts: BrowserContext[]): Promise<void> {
  await Promise.all(contexts.map((context) => context.close().catch(() => {})))
}

const encodedWord = (text: string) => `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`
const base64Lines = (text: string) =>
  (
    Buffer.from(text, 'utf8')
      .toString('base64')
      .match(/.{1,76}/g) ?? []
  ).join('\r\n')

/** A customer's e-mail as a mail client writes it: RFC 5322, multipart/alternative, UTF-8. */
export function customerEmail(mail: {
  fromName: string
  fromAddress: string
  to: string
  subject: string
  messageId: string
  date: Date
  text: string
  html: string
}): string {
  const boundary = `=_alt_${randomUUID()}`
  return [
    `From: ${encodedWord(mail.fromName)} <${mail.fromAddress}>`,
    `To: ${mail.to}`,
    `Subject: ${encodedWord(mail.subject)}`,
    `Message-ID: ${mail.messageId}`,
    `Date: ${mail.date.toUTCString().replace('GMT', '+0000')}`,
    'MIME-Version: 1.0',
    'User-Agent: Thunderbird e2e',
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(mail.text),
    `--${boundary}`,
    'Content-Type: text/html; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(mail.html),
    `--${boundary}--`,
    '',
  ].join('\r\n')
}
