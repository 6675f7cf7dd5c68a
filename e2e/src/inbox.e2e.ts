import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  type SmtpSink,
  startDovecot,
  startSmtpSink,
  type TestDovecot,
} from '../../server/src/test/mail/index.js'
import { type AftersaleServer, startAftersale } from './aftersale-server.js'
import { launchChromium, screenshot } from './browser.js'
import {
  apiRequest,
  channelAccounts,
  closeContexts,
  customerEmail,
  LIVE_TIMEOUT,
  logIn,
  markPage,
  newPage,
  openInbox,
  PHONE,
  pageMark,
  simControl,
} from './inbox-helpers.js'

const MAILBOX = { user: 'sklep@test.local', password: 'hasło-do-skrzynki-2026' }

let dovecot: TestDovecot
let sink: SmtpSink
let server: AftersaleServer
let browser: Browser
const contexts: BrowserContext[] = []

beforeAll(async () => {
  // The mail servers exist before the app, as a shop's real mailbox would.
  dovecot = await startDovecot({ users: { [MAILBOX.user]: MAILBOX.password } })
  sink = await startSmtpSink()
  server = await startAftersale()
  browser = await launchChromium()
})

// Each journey's pages go away with it: open inboxes would keep refetching on every live event.
afterEach(async () => {
  await closeContexts(contexts.splice(0))
})

afterAll(async () => {
  await closeContexts(contexts.splice(0))
  await browser?.close()
  await server?.stop()
  await sink?.stop()
  await dovecot?.stop()
})

/** A signed-in page of the demo owner, in its own browser context. */
async function agentPage(viewport?: { width: number; height: number }): Promise<Page> {
  const page = await newPage(browser, viewport)
  contexts.push(page.context())
  await logIn(server, page)
  return page
}

/** The row of a conversation in the list, found by a text its preview or subject shows. */
const rowWith = (page: Page, text: string) =>
  page.locator('[data-testid="conversation-row"]', { hasText: text })

describe('an e-mail arrives and is answered', () => {
  const customer = { name: 'Agnieszka Wójcik', address: 'agnieszka.wojcik@example.pl' }
  const subject = 'Reklamacja zamówienia #KK-2001'
  const messageId = `<${Date.now()}.reklamacja@poczta.example.pl>`
  const body =
    'Dzień dobry,\n\nzamówiona kawa Etiopia Yirgacheffe przyszła z rozdartym opakowaniem, ' +
    'ziarna wysypały się do kartonu. Proszę o wymianę albo zwrot pieniędzy.\n\n' +
    'Z poważaniem,\nAgnieszka Wójcik'
  const reply =
    'Dzień dobry Pani Agnieszko, bardzo przepraszamy — nowa paczka wyjdzie jutro rano, ' +
    'a uszkodzonej nie trzeba odsyłać. Pozdrawiamy, Kraina Kawy'

  it('connects a mailbox in Settings → Channels, shows the mail live and sends the reply', async () => {
    // 1. An admin adds the shop's mailbox through the form.
    const settings = await agentPage()
    await settings.getByTestId('nav-settings').click()
    await settings.getByTestId('settings-tab-channels').click()
    await settings.getByTestId('channel-accounts').waitFor()
    await settings.getByTestId('channel-add').click()
    await settings.getByTestId('channel-add-email').click()
    const form = settings.locator('[data-testid="channel-form"][data-kind="email"]')
    await form.waitFor()
    const accountName = 'Sklep – poczta (e2e)'
    await form.getByTestId('channel-name').fill(accountName)
    await form.getByTestId('email-from-address').fill(MAILBOX.user)
    await form.getByTestId('email-from-name').fill('Kraina Kawy')
    await form.getByTestId('imap-host').fill(dovecot.host)
    await form.getByTestId('imap-port').fill(String(dovecot.port))
    await form.getByTestId('imap-secure').setChecked(false, { force: true })
    await form.getByTestId('imap-user').fill(MAILBOX.user)
    await form.getByTestId('credential-imapPassword').fill(MAILBOX.password)
    await form.getByTestId('smtp-host').fill(sink.host)
    await form.getByTestId('smtp-port').fill(String(sink.port))
    await form.getByTestId('smtp-secure').setChecked(false, { force: true })
    await form.getByTestId('smtp-user').fill(MAILBOX.user)
    await form.getByTestId('credential-smtpPassword').fill('dowolne-hasło-smtp')
    expect(await form.getByTestId('imap-secure').isChecked()).toBe(false)
    expect(await form.getByTestId('smtp-secure').isChecked()).toBe(false)
    await screenshot(settings, 'inbox-01-email-channel-form')
    await form.getByTestId('channel-save').click()
    await form.waitFor({ state: 'detached' })
    const card = settings.locator('[data-testid="channel-account-row"][data-kind="email"]', {
      has: settings.getByTestId('channel-account-name').getByText(accountName, { exact: true }),
    })
    await card.waitFor()
    const accountId = (await card.getAttribute('data-account-id')) ?? ''
    expect(accountId).not.toBe('')
    expect(await card.getAttribute('data-status')).toBe('active')
    const saved = (await channelAccounts(server, settings)).find((a) => a.id === accountId)
    expect(saved?.settings).toMatchObject({
      fromAddress: MAILBOX.user,
      imap: { host: dovecot.host, port: dovecot.port, secure: false, user: MAILBOX.user },
      smtp: { host: sink.host, port: sink.port, secure: false, user: MAILBOX.user },
    })
    for (const field of ['imapPassword', 'smtpPassword'])
      await card.locator(`[data-testid="credential-badge"][data-field="${field}"]`).waitFor()
    expect(
      await card.locator('[data-testid="credential-badge"][data-set="true"]').count(),
    ).toBeGreaterThanOrEqual(2)
    // "Test" logs in to both servers with what was typed.
    const tested = settings.waitForResponse(
      (r) =>
        r.url().endsWith(`/channel-accounts/${accountId}/test`) && r.request().method() === 'POST',
    )
    await card.getByTestId('channel-test').click()
    expect((await tested).status()).toBe(200)

    // 2. An agent has this mailbox's inbox open (empty so far) in another tab.
    const inbox = await settings.context().newPage()
    await openInbox(server, inbox, accountId)
    expect(await rowWith(inbox, subject).count()).toBe(0)
    const mark = await markPage(inbox)

    // 3. The customer writes; the admin asks for a sync at once instead of waiting for IDLE.
    await dovecot.append(
      MAILBOX.user,
      'INBOX',
      customerEmail({
        fromName: customer.name,
        fromAddress: customer.address,
        to: `Kraina Kawy <${MAILBOX.user}>`,
        subject,
        messageId,
        date: new Date(),
        text: body,
        html: `<p>Dzień dobry,</p><p>zamówiona kawa <b>Etiopia Yirgacheffe</b> przyszła z rozdartym opakowaniem, ziarna wysypały się do kartonu. Proszę o wymianę albo zwrot pieniędzy.</p><p>Z poważaniem,<br>Agnieszka Wójcik</p>`,
      }),
    )
    const syncedAt = Date.now()
    await card.getByTestId('channel-sync').click()

    // 4. The conversation shows up in the open inbox without a reload.
    const row = rowWith(inbox, subject)
    await row.waitFor({ timeout: LIVE_TIMEOUT })
    console.log(`e-mail: "sync now" → row in the open inbox: ${Date.now() - syncedAt} ms`)
    const synced = (await channelAccounts(server, settings)).find((a) => a.id === accountId)
    expect(synced?.health.lastSuccessAt).not.toBeNull()
    expect(synced?.health.lastError).toBeNull()
    await settings.evaluate(() => window.scrollTo(0, 0))
    await screenshot(settings, 'inbox-02-email-channel-synced')
    expect(await pageMark(inbox)).toBe(mark)
    expect(await row.getByTestId('conversation-row-customer').innerText()).toContain(customer.name)
    await inbox.bringToFront()
    await screenshot(inbox, 'inbox-03-email-arrived-live')

    // 5. The agent opens it and reads the customer's text (HTML in the sandboxed frame).
    await row.click()
    const conversationId = (await row.getAttribute('data-conversation-id')) ?? ''
    const conversation = inbox.locator(
      `[data-testid="conversation"][data-conversation-id="${conversationId}"]`,
    )
    await conversation.waitFor()
    expect(await conversation.getByTestId('conversation-subject').innerText()).toContain(subject)
    const incoming = conversation.locator(
      '[data-testid="thread-message"][data-direction="inbound"]',
    )
    await expect.poll(() => incoming.count()).toBe(1)
    const frame = incoming.getByTestId('message-html')
    const text = (await frame.count())
      ? await frame.getAttribute('srcdoc')
      : await incoming.getByTestId('message-text').innerText()
    expect(text).toContain('przyszła z rozdartym opakowaniem')
    expect(text).toContain('wysypały się do kartonu')
    if (await frame.count()) {
      const shown = await inbox.frameLocator('[data-testid="message-html"]').locator('body')
      expect(await shown.innerText()).toContain('Proszę o wymianę albo zwrot pieniędzy')
    }
    expect(await conversation.getByTestId('customer-email').innerText()).toContain(customer.address)
    // Both MIME parts were decoded as UTF-8: the plain text is stored as written, next to the HTML.
    const stored = await apiRequest<{ items: { direction: string; text: string; html: string }[] }>(
      server,
      inbox,
      'GET',
      `/conversations/${conversationId}/messages`,
    )
    expect(stored.body.items).toHaveLength(1)
    expect(stored.body.items[0]?.text.replace(/\s+/g, ' ')).toContain(body.replace(/\s+/g, ' '))
    expect(stored.body.items[0]?.html).toContain('<b>Etiopia Yirgacheffe</b>')
    await screenshot(inbox, 'inbox-04-email-conversation')

    // 6. The agent replies; exactly one mail leaves, threaded under the customer's.
    await conversation.getByTestId('composer-input').fill(reply)
    const repliedAt = Date.now()
    await conversation.getByTestId('composer-send').click()
    const outgoing = conversation.locator(
      '[data-testid="thread-message"][data-direction="outbound"][data-kind="message"]',
      { hasText: 'nowa paczka wyjdzie jutro rano' },
    )
    await outgoing.waitFor()
    await sink.waitFor(1, LIVE_TIMEOUT)
    console.log(`e-mail: "send" → mail at the SMTP server: ${Date.now() - repliedAt} ms`)
    await outgoing
      .locator('[data-testid="delivery-status"][data-status="sent"]')
      .waitFor({ timeout: LIVE_TIMEOUT })
    expect(await pageMark(inbox)).toBe(mark)
    // A second copy (a retried job) would come within moments.
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    expect(sink.received).toHaveLength(1)
    const [mail] = sink.received
    expect(mail?.envelope.rcptTo.map((r) => r.address)).toEqual([customer.address])
    expect(mail?.parsed.inReplyTo).toBe(messageId)
    expect(String(mail?.parsed.references ?? '')).toContain(messageId)
    expect(mail?.parsed.subject).toMatch(/^Re:/)
    expect(mail?.parsed.subject).toContain(subject)
    expect(mail?.parsed.from?.value[0]?.address).toBe(MAILBOX.user)
    expect(mail?.parsed.text).toContain(reply)
    expect(
      await conversation
        .locator('[data-testid="thread-message"][data-direction="outbound"][data-kind="message"]')
        .count(),
    ).toBe(1)
    await screenshot(inbox, 'inbox-05-email-reply-sent')

    // The phone layout of the inbox: the list alone, the views behind a button.
    const phone = await agentPage(PHONE)
    await openInbox(server, phone)
    await rowWith(phone, subject).waitFor()
    expect(await phone.getByTestId('inbox-views-toggle').isVisible()).toBe(true)
    expect(await phone.getByTestId('no-conversation').count()).toBe(0)
    await screenshot(phone, 'inbox-06-inbox-phone')
  })
})

describe('a widget visitor chats live with an agent', () => {
  it('shows the chat to the agent live, and the reply to the visitor live and after a reload', async () => {
    const visitorName = 'Michał Zieliński'
    const visitorEmail = `michal.zielinski.${Date.now()}@example.pl`
    const question = 'Dzień dobry, czy macie kawę bezkofeinową?'
    const answer = 'Tak, mamy Kolumbię Huila bez kofeiny (metoda Swiss Water), 250 g za 52,90 zł.'

    // The visitor is a stranger: own context, no cookies, the shop's page.
    const visitor = await newPage(browser)
    contexts.push(visitor.context())
    await visitor.goto(`${server.url}/widget-demo`)
    const widget = visitor.locator('#aftersale-chat')
    const key = await visitor.locator('script[data-key]').getAttribute('data-key')
    expect(key).toBeTruthy()

    // The agent watches that widget's conversations.
    const agent = await agentPage()
    const account = (await channelAccounts(server, agent)).find(
      (a) => a.kind === 'widget' && a.settings.widgetKey === key,
    )
    expect(account).toBeDefined()
    await openInbox(server, agent, account?.id)
    const mark = await markPage(agent)

    await widget.locator('button.launcher').click()
    const panel = widget.getByRole('dialog')
    await panel.waitFor()
    await panel.locator('input[name="name"]').fill(visitorName)
    await panel.locator('input[name="email"]').fill(visitorEmail)
    await screenshot(visitor, 'inbox-07-widget-prechat')
    await panel.locator('form.pre button[type="submit"]').click()
    const input = panel.locator('form.composer textarea')
    await input.waitFor()

    // Watch the agent's list from inside the page: the moment a new row is in the DOM.
    await agent.evaluate(() => {
      const ids = () =>
        Array.from(document.querySelectorAll('[data-testid="conversation-row"]'), (row) =>
          row.getAttribute('data-conversation-id'),
        )
      const known = new Set(ids())
      const state = window as unknown as { __e2eNewRowAt?: number; __e2eNewRowId?: string }
      const observer = new MutationObserver(() => {
        const fresh = ids().find((id) => id && !known.has(id))
        if (!fresh) return
        state.__e2eNewRowAt = Date.now()
        state.__e2eNewRowId = fresh
        observer.disconnect()
      })
      observer.observe(document.body, { childList: true, subtree: true, attributes: true })
    })
    await input.fill(question)
    const sentAt = Date.now()
    await input.press('Enter')

    const row = rowWith(agent, question)
    await row.waitFor({ timeout: LIVE_TIMEOUT })
    const seen = await agent.evaluate(() => {
      const state = window as unknown as { __e2eNewRowAt?: number; __e2eNewRowId?: string }
      return { at: state.__e2eNewRowAt ?? null, id: state.__e2eNewRowId ?? null }
    })
    expect(await pageMark(agent)).toBe(mark)
    expect(seen.id).toBe(await row.getAttribute('data-conversation-id'))
    const latency = (seen.at ?? Number.NaN) - sentAt
    console.log(`live update latency (widget send → agent's list row): ${latency} ms`)
    expect(latency).toBeLessThan(2_000)
    expect(await row.getByTestId('conversation-row-customer').innerText()).toContain(visitorName)
    expect(await row.getByTestId('channel-icon').getAttribute('data-kind')).toBe('widget')
    await screenshot(agent, 'inbox-08-agent-sees-widget-chat')

    // The agent opens it and starts typing: the visitor is told so.
    await row.click()
    const conversation = agent.getByTestId('conversation')
    await conversation.getByTestId('thread').getByText(question).waitFor()
    expect(await conversation.getByTestId('customer-email').innerText()).toContain(visitorEmail)
    const composer = conversation.getByTestId('composer-input')
    await composer.pressSequentially('Tak, mamy', { delay: 20 })
    const typing = panel.locator('.typing[aria-live="polite"]')
    await expect.poll(() => typing.innerText(), { timeout: LIVE_TIMEOUT }).not.toBe('')
    await screenshot(visitor, 'inbox-09-widget-agent-typing')

    await composer.fill(answer)
    await conversation.getByTestId('composer-send').click()
    const log = panel.getByRole('log')
    await log.locator('li.out', { hasText: answer }).waitFor({ timeout: LIVE_TIMEOUT })
    await expect.poll(() => typing.innerText()).toBe('')
    await conversation
      .locator('[data-testid="thread-message"][data-direction="outbound"]', { hasText: answer })
      .locator('[data-testid="delivery-status"][data-status="sent"]')
      .waitFor({ timeout: LIVE_TIMEOUT })
    await screenshot(visitor, 'inbox-10-widget-reply-live')
    await screenshot(agent, 'inbox-11-agent-replied-widget')

    // The chat survives a reload of the shop's page.
    await visitor.reload()
    await widget.locator('button.launcher').click()
    await panel.waitFor()
    await log.locator('li.in', { hasText: question }).waitFor()
    await log.locator('li.out', { hasText: answer }).waitFor()
    const lines = await log.locator('li').allInnerTexts()
    expect(lines.filter((line) => line.includes(question))).toHaveLength(1)
    expect(lines.filter((line) => line.includes(answer))).toHaveLength(1)
    expect(await panel.locator('form.pre').count()).toBe(0)
    await screenshot(visitor, 'inbox-12-widget-after-reload')
  })
})

describe('an Allegro message is answered', () => {
  it('pulls a buyer message from the simulator and delivers the reply there once', async () => {
    const agent = await agentPage()
    const account = (await channelAccounts(server, agent)).find(
      (a) => a.kind === 'allegro' && a.settings.environment === 'simulator',
    )
    expect(account).toBeDefined()
    const accountId = account?.id ?? ''
    const sellerLogin = String(account?.settings.sellerLogin ?? '')
    expect(sellerLogin).not.toBe('')

    await openInbox(server, agent, accountId)
    const mark = await markPage(agent)
    const buyerLogin = `jan_kowalczyk_${Date.now() % 100_000}`
    const question = `Dzień dobry, czy ekspres przelewowy z aukcji (zapytanie ${buyerLogin}) ma w zestawie filtry papierowe?`
    const written = await simControl<{ id: string; threadId: string }>(
      server,
      'POST',
      '/buyer-messages',
      { sellerLogin, buyerLogin, text: question },
    )
    const syncedAt = Date.now()
    const sync = await apiRequest(server, agent, 'POST', `/channel-accounts/${accountId}/sync`)
    expect(sync.status).toBe(202)

    const row = rowWith(agent, buyerLogin)
    await row.waitFor({ timeout: LIVE_TIMEOUT })
    console.log(`Allegro: sync request → row in the open inbox: ${Date.now() - syncedAt} ms`)
    expect(await row.getByTestId('conversation-row-preview').innerText()).toContain(
      'ekspres przelewowy',
    )
    expect(await pageMark(agent)).toBe(mark)
    expect(await row.getByTestId('channel-icon').getAttribute('data-kind')).toBe('allegro')
    await screenshot(agent, 'inbox-13-allegro-arrived-live')

    await row.click()
    const conversation = agent.getByTestId('conversation')
    await conversation.getByTestId('thread').getByText(question).waitFor()
    const reply = `Dzień dobry, tak: w zestawie jest 40 filtrów papierowych nr 4. Pozdrawiamy (${buyerLogin})`
    await conversation.getByTestId('composer-input').fill(reply)
    await conversation.getByTestId('composer-send').click()
    await conversation
      .locator('[data-testid="thread-message"][data-direction="outbound"]', { hasText: reply })
      .locator('[data-testid="delivery-status"][data-status="sent"]')
      .waitFor({ timeout: LIVE_TIMEOUT })
    await screenshot(agent, 'inbox-14-allegro-reply-sent')

    // A later pull sees the reply in the thread; it must not come back as a second message.
    const before = (await channelAccounts(server, agent)).find((a) => a.id === accountId)
    expect(
      (await apiRequest(server, agent, 'POST', `/channel-accounts/${accountId}/sync`)).status,
    ).toBe(202)
    await expect
      .poll(
        async () =>
          (await channelAccounts(server, agent)).find((a) => a.id === accountId)?.health.lastSyncAt,
        { timeout: LIVE_TIMEOUT },
      )
      .not.toBe(before?.health.lastSyncAt)
    const conversationId = (await row.getAttribute('data-conversation-id')) ?? ''
    const thread = await apiRequest<{ items: { direction: string; kind: string; text: string }[] }>(
      server,
      agent,
      'GET',
      `/conversations/${conversationId}/messages`,
    )
    expect(thread.body.items.map((m) => [m.direction, m.kind, m.text])).toEqual([
      ['inbound', 'message', question],
      ['outbound', 'message', reply],
    ])

    const messages = await simControl<{ authorLogin: string; text: string }[]>(
      server,
      'GET',
      `/threads/${written.threadId}/messages`,
    )
    const fromSeller = messages.filter((m) => m.authorLogin === sellerLogin)
    expect(fromSeller.filter((m) => m.text === reply)).toHaveLength(1)
    expect(fromSeller).toHaveLength(1)
    expect(messages.filter((m) => m.authorLogin === buyerLogin).map((m) => m.text)).toEqual([
      question,
    ])
  })
})
