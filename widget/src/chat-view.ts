import { h, uid } from './dom.js'
import type { Messages } from './messages.js'
import type { ChatItem } from './thread.js'

/** What the chat view calls back. */
export interface ChatActions {
  send(text: string): void
  retry(clientId: string): void
  typing(): void
}

/** The live chat: the message log, "agent is typing…" and the composer. */
export function chatView(t: Messages, actions: ChatActions) {
  const rendered = new Map<string, { li: HTMLLIElement; state: HTMLElement | null }>()
  const list = h('ol', {
    role: 'log',
    'aria-live': 'polite',
    'aria-relevant': 'additions',
    'aria-label': t.messages,
  })
  const body = h('div', { class: 'body' }, list)
  const typing = h('div', { class: 'typing', 'aria-live': 'polite' })
  const inputId = uid('text')
  const text = h('textarea', {
    id: inputId,
    maxlength: '5000',
    placeholder: t.placeholder,
    rows: '1',
  })
  const composer = h(
    'form',
    { class: 'composer' },
    h('label', { for: inputId, class: 'sr' }, t.message),
    text,
    h('button', { type: 'submit', class: 'primary' }, t.send),
  )
  composer.addEventListener('submit', (event) => {
    event.preventDefault()
    const value = text.value.trim()
    if (!value) return
    text.value = ''
    actions.send(value)
    text.focus()
  })
  text.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault()
      composer.requestSubmit()
    }
  })
  text.addEventListener('input', () => actions.typing())

  function renderState(item: ChatItem, state: HTMLElement) {
    // Only a failure is announced; "sending" and "sent" would be noise for screen readers.
    state.setAttribute('aria-hidden', String(item.delivery !== 'failed'))
    state.replaceChildren(
      item.delivery === 'sending' ? t.sending : item.delivery === 'sent' ? t.sent : t.failed,
    )
    if (item.delivery === 'failed' && item.clientId) {
      const clientId = item.clientId
      state.append(h('button', { type: 'button', onclick: () => actions.retry(clientId) }, t.retry))
    }
  }

  function add(item: ChatItem) {
    const own = item.clientId !== null
    const state = own ? h('span', { class: 'state' }) : null
    const who = item.direction === 'outbound' ? (item.authorName ?? t.agent) : t.you
    const li = h(
      'li',
      { class: item.direction === 'inbound' ? 'in' : 'out' },
      h('span', { class: item.direction === 'inbound' ? 'who sr' : 'who' }, who),
      item.text,
      state,
    )
    if (state) renderState(item, state)
    rendered.set(item.key, { li, state })
    list.append(li)
  }

  return {
    elements: [body, typing, composer],
    /** Shows new items and refreshes the delivery state of known ones. */
    show(items: ChatItem[]) {
      const atBottom = body.scrollHeight - body.scrollTop - body.clientHeight < 40
      for (const item of items) {
        const known = rendered.get(item.key)
        if (!known) add(item)
        else if (known.state) renderState(item, known.state)
      }
      for (const [key, { li }] of rendered)
        if (!items.some((i) => i.key === key)) {
          li.remove()
          rendered.delete(key)
        }
      if (atBottom) body.scrollTop = body.scrollHeight
    },
    setTyping(value: string) {
      typing.textContent = value
    },
    focus() {
      text.focus()
    },
  }
}

/** The chat view's handle. */
export type ChatView = ReturnType<typeof chatView>
