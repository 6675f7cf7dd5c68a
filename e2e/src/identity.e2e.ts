import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AftersaleServer, startAftersale } from './aftersale-server.js'
import { launchChromium, screenshot } from './browser.js'

let server: AftersaleServer
let browser: Browser
beforeAll(async () => {
  server = await startAftersale()
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

async function newPage(width = 1280, height = 800, locale = 'pl-PL'): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height },
    locale,
    reducedMotion: 'reduce',
  })
  return context.newPage()
}

async function logIn(page: Page) {
  await page.goto(`${server.url}/`)
  await page.waitForURL(/\/login/)
  await page.getByTestId('login-email').fill(server.demo.email)
  await page.getByTestId('login-password').fill(server.demo.password)
  await page.getByTestId('login-submit').click()
  await page.getByTestId('welcome-panel').waitFor()
}

describe('a new user on a fresh install', () => {
  it('prints the demo owner login on the first start', () => {
    expect(server.demo.email).toMatch(/@/)
    expect(server.demo.password.length).toBeGreaterThanOrEqual(12)
  })

  it('logs in, switches the language, creates an API token and logs out', async () => {
    const page = await newPage()
    await page.goto(`${server.url}/`)
    await page.waitForURL(/\/login/)
    await page.getByTestId('login-email').fill(server.demo.email)
    await page.getByTestId('login-password').fill('not the password')
    await page.getByTestId('login-submit').click()
    await page.getByTestId('login-error').waitFor()
    await screenshot(page, '01-login-error-pl')

    await page.getByTestId('login-password').fill(server.demo.password)
    await page.getByTestId('login-submit').click()
    await page.getByTestId('welcome-panel').waitFor()
    await expect
      .poll(() => page.getByTestId('live-indicator').getAttribute('data-state'))
      .toBe('open')
    expect(await page.locator('html').getAttribute('lang')).toBe('pl')
    await screenshot(page, '02-home-pl')

    await page.getByTestId('user-menu').click()
    await page.getByTestId('language-en').click()
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en')
    await expect.poll(() => page.getByTestId('nav-settings').innerText()).toMatch(/Settings/)
    await screenshot(page, '03-home-en')

    await page.getByTestId('nav-settings').click()
    await page.getByTestId('settings-tab-api-tokens').click()
    await page.getByTestId('api-token-name').fill('Allegro sync (e2e)')
    await page.getByTestId('api-token-role').selectOption('viewer')
    await page.getByTestId('api-token-create').click()
    const secret = await page
      .getByTestId('api-token-secret')
      .inputValue()
      .catch(() => page.getByTestId('api-token-secret').innerText())
    expect(secret).toMatch(/^as_[A-Za-z0-9]{8}_/)
    await page.getByTestId('api-token-secret-close').waitFor()
    await page.waitForTimeout(400) // let the modal's entrance transition finish for the picture
    await screenshot(page, '04-api-token-secret-en')
    // The token works against the API, with the viewer role.
    const me = await fetch(`${server.url}/api/v1/me`, {
      headers: { authorization: `Bearer ${secret}` },
    })
    expect(me.status).toBe(200)
    expect((await me.json()).workspace.role).toBe('viewer')
    await page.getByTestId('api-token-secret-close').click()
    await page.getByTestId('api-token-secret-modal').waitFor({ state: 'detached' })
    await page.locator('[data-testid="api-token-row"][data-name="Allegro sync (e2e)"]').waitFor()
    await screenshot(page, '05-api-tokens-en')
    const row = page.locator('[data-testid="api-token-row"][data-name="Allegro sync (e2e)"]')
    await row.getByTestId('api-token-revoke').click()
    await page.getByTestId('confirm-submit').click()
    await row.waitFor({ state: 'detached' })
    const revoked = await fetch(`${server.url}/api/v1/me`, {
      headers: { authorization: `Bearer ${secret}` },
    })
    expect(revoked.status).toBe(401)

    await page.getByTestId('settings-tab-audit-log').click()
    await page
      .locator('[data-testid="audit-row"][data-event-name="identity.apiToken.created"]')
      .first()
      .waitFor()
    await screenshot(page, '06-audit-log-en')

    await page.getByTestId('user-menu').click()
    await page.getByTestId('logout').click()
    await page.waitForURL(/\/login/)
    await screenshot(page, '07-logged-out-en')
    const after = await page.request.get(`${server.url}/api/v1/me`)
    expect(after.status()).toBe(401)
  })

  it('keeps the language chosen by the user after signing in again', async () => {
    const page = await newPage(1280, 800, 'de-DE')
    await logIn(page)
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en')
  })

  it('works on a phone-sized screen', async () => {
    const page = await newPage(390, 844)
    await logIn(page)
    await page.getByTestId('nav-burger').click()
    await page.getByTestId('nav-settings').click()
    await page.getByTestId('settings-tab-members').click()
    await page.getByTestId('members-table').waitFor()
    await screenshot(page, '08-members-mobile')
  })

  it('invites a teammate who joins through the link, then gets another role', async () => {
    const admin = await newPage(1280, 800, 'en-US')
    await logIn(admin)
    await admin.getByTestId('nav-settings').click()
    await admin.getByTestId('settings-tab-invitations').click()
    const email = `zofia.wojcik.${Date.now()}@example.pl`
    await admin.getByTestId('invite-email').fill(email)
    await admin.getByTestId('invite-role').selectOption('agent')
    await admin.getByTestId('invite-submit').click()
    const acceptUrl = (await admin.getByTestId('invite-accept-url').innerText()).trim()
    expect(acceptUrl).toMatch(/\/invite\/[A-Za-z0-9_-]{20,}$/)
    await admin.locator(`[data-testid="invitation-row"][data-email="${email}"]`).waitFor()
    await screenshot(admin, '09-invitation-created-en')

    const invitee = await newPage(1280, 800, 'pl-PL')
    await invitee.goto(acceptUrl)
    await invitee.getByTestId('invite-workspace').waitFor()
    await invitee.getByTestId('invite-accept-name').fill('Zofia Wójcik')
    await invitee.getByTestId('invite-accept-password').fill('krótkie')
    await invitee.getByTestId('invite-accept-submit').click()
    await invitee.getByTestId('invite-accept-error').waitFor()
    expect(await invitee.getByTestId('invite-accept-error').innerText()).toContain('co najmniej 10')
    await invitee.getByTestId('invite-accept-password').fill('bezpieczne hasło 2026')
    await screenshot(invitee, '10-invite-accept-pl')
    await invitee.getByTestId('invite-accept-submit').click()
    await invitee.getByTestId('welcome-panel').waitFor()
    expect(await invitee.getByTestId('home-role').innerText()).toMatch(/agent/i)

    await admin.getByTestId('settings-tab-members').click()
    const row = admin.locator(`[data-testid="member-row"][data-email="${email}"]`)
    await row.waitFor()
    await row.getByTestId('member-role').selectOption('viewer')
    await expect
      .poll(async () =>
        (await admin.request.get(`${server.url}/api/v1/workspace/members`))
          .json()
          .then((body) => body.items.find((m: { email: string }) => m.email === email)?.role),
      )
      .toBe('viewer')
    await screenshot(admin, '11-members-en')
    // The invitee's next request already runs with the new role.
    const me = await invitee.request.get(`${server.url}/api/v1/me`)
    expect((await me.json()).workspace.role).toBe('viewer')
  })
})
