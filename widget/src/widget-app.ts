import { ApiError, createApi } from './api.js'
import { chatView } from './chat-view.js'
import { connectLive } from './live.js'
import { fill, type Messages } from './messages.js'
import { panelShell } from './panel.js'
import { prechatView } from './prechat-view.js'
import { forgetChat, loadChat, type SavedChat, saveChat } from './storage.js'
import { newClientId, Thread } from './thread.js'
import type { PrechatForm } from './validate.js'

const TYPING_EVERY_MS = 3000
const TYPING_SHOWN_MS = 6000

/** Who the shop says the visitor is (script tag data attributes); all optional. */
export interface KnownVisitor {
  identity: { userId: string; hash: string } | null
  name: string
  email: string
}

/** Runs the widget in a shadow root: pre-chat form, then the live chat, restored after reloads. */
export async function startWidget(
  root: ShadowRoot,
  base: string,
  key: string,
  t: Messages,
  known: KnownVisitor,
) {
  const api = createApi(base, key)
  const config = await api.config()
  let saved: SavedChat | null = loadChat(key)
  // Another shop user signed in (or the one signed out) on this browser: not their chat.
  if (saved && saved.userId !== (known.identity?.userId ?? null)) {
    forgetChat(key)
    saved = null
  }
  let online = config.online
  let stopLive: (() => void) | null = null
  let typingTimer: ReturnType<typeof setTimeout> | undefined
  let lastTypingAt = 0
  const thread = new Thread()
  const queue: string[] = []
  let sending = false

  const look = {
    title: config.title ?? t.title,
    greeting: config.greeting ?? t.greeting,
    color: config.color,
  }
  const shell = panelShell(root, t, look, () => shell.setUnread(false))
  const chat = chatView(t, { send, retry, typing })
  const render = () => chat.show(thread.items)
  const setOnline = (value: boolean) => {
    online = value
    shell.setOffline(saved && !online ? fill(t.offline, { email: saved.email }) : null)
  }
  let flashed: string | null = null
  const flash = (text: string) => {
    flashed = text
    shell.setConnection(text)
    setTimeout(() => {
      if (flashed === text) shell.setConnection(null)
    }, 5000)
  }

  function errorText(error: unknown): string {
    if (!(error instanceof ApiError)) return t.error
    if (error.code === 'rate_limited') return t.rateLimited
    if (error.status === 413 || /characters/.test(error.message)) return t.tooLong
    if (/email/i.test(error.message)) return t.emailInvalid
    return t.error
  }

  function showForm(intro = online ? t.intro : t.offlineIntro) {
    const form = prechatView(t, intro, { name: known.name, email: known.email }, startChat)
    shell.setContent([form], () => form.querySelector('input')?.focus())
  }

  async function startChat(form: PrechatForm): Promise<string | null> {
    const name = form.name.trim()
    const email = form.email.trim()
    const orderNumber = form.orderNumber.trim()
    try {
      const session = await api.startSession({
        name,
        email,
        ...(orderNumber ? { orderNumber } : {}),
        ...(known.identity ? { identity: known.identity } : {}),
      })
      saved = {
        token: session.visitorToken,
        visitorId: session.visitorId,
        name,
        email,
        expiresAt: session.expiresAt,
        userId: known.identity?.userId ?? null,
      }
      saveChat(key, saved)
      enterChat(session.online)
      return null
    } catch (error) {
      return errorText(error)
    }
  }

  function enterChat(isOnline = online) {
    api.setToken(saved?.token ?? null)
    setOnline(isOnline)
    shell.setContent(chat.elements, () => chat.focus())
    render()
    void loadHistory()
    connect()
  }

  async function loadHistory() {
    try {
      const history = await api.messages()
      thread.merge(history.items)
      setOnline(history.online)
      render()
    } catch (error) {
      endIfRefused(error)
    }
  }

  function connect() {
    stopLive?.()
    stopLive = connectLive(api.streamUrl, {
      message(message) {
        const added = thread.merge([message])
        render()
        if (message.direction !== 'outbound') return
        chat.setTyping('')
        if (added.length > 0 && !shell.isOpen) shell.setUnread(true)
      },
      typing(signal) {
        clearTimeout(typingTimer)
        if (signal.state !== 'typing') return chat.setTyping('')
        chat.setTyping(fill(t.typing, { name: signal.name ?? t.agent }))
        typingTimer = setTimeout(() => chat.setTyping(''), TYPING_SHOWN_MS)
      },
      online: setOnline,
      reconnecting(down) {
        flashed = null
        shell.setConnection(down ? t.reconnecting : null)
        // The history fills any gap when back, and tells a refused (expired) token from a network drop.
        void loadHistory()
      },
    })
  }

  /** An expired or refused token ends the chat: forget it and offer the form again. */
  function endIfRefused(error: unknown): boolean {
    if (!(error instanceof ApiError && error.status === 401)) return false
    stopLive?.()
    stopLive = null
    forgetChat(key)
    saved = null
    api.setToken(null)
    thread.items.length = 0
    queue.length = 0
    render()
    setOnline(online)
    showForm(t.expired)
    return true
  }

  function send(text: string) {
    const clientId = newClientId()
    thread.addOwn(clientId, text)
    render()
    queue.push(clientId)
    void pump()
  }

  function retry(clientId: string) {
    thread.mark(clientId, 'sending')
    render()
    queue.push(clientId)
    void pump()
  }

  // One message at a time, in order: the server then threads them exactly as written.
  async function pump() {
    if (sending) return
    sending = true
    while (queue.length > 0) {
      const clientId = queue.shift() as string
      const item = thread.items.find((i) => i.clientId === clientId)
      if (!item) continue
      try {
        const stored = await api.send(item.text, clientId)
        thread.confirm(clientId, stored.id)
        setOnline(stored.online)
      } catch (error) {
        if (endIfRefused(error)) break
        thread.mark(clientId, 'failed')
        flash(errorText(error))
      }
      render()
    }
    sending = false
  }

  function typing() {
    if (Date.now() - lastTypingAt < TYPING_EVERY_MS) return
    lastTypingAt = Date.now()
    api.typing().catch(() => {})
  }

  if (saved) enterChat()
  else showForm()
}
