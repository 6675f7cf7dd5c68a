import { h, uid } from './dom.js'
import type { Messages } from './messages.js'
import { STYLES } from './styles.js'

const ICON =
  '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2z"/></svg>'

/** The launcher button and the chat panel around whatever view is current. */
export function panelShell(
  root: ShadowRoot,
  t: Messages,
  look: { title: string; greeting: string; color: string },
  onOpen: () => void,
) {
  const panelId = uid('panel')
  const titleId = uid('title')
  const dot = h('span', { class: 'dot', hidden: true })
  const launcher = h('button', {
    type: 'button',
    class: 'launcher',
    'aria-label': t.open,
    'aria-expanded': 'false',
    'aria-controls': panelId,
  })
  launcher.innerHTML = ICON
  launcher.append(dot)
  const offline = h('p', { class: 'notice', role: 'status', hidden: true })
  const connection = h('p', { class: 'notice', role: 'status', hidden: true })
  const content = h('div', { style: 'flex:1;display:flex;flex-direction:column;min-height:0' })
  const close = h('button', { type: 'button', class: 'x', 'aria-label': t.close }, '×')
  const panel = h(
    'div',
    { id: panelId, class: 'panel', role: 'dialog', 'aria-labelledby': titleId, hidden: true },
    h(
      'header',
      {},
      h(
        'div',
        { style: 'flex:1' },
        h('h2', { id: titleId }, look.title),
        h('p', {}, look.greeting),
      ),
      close,
    ),
    offline,
    connection,
    content,
  )
  const style = h('style', {}, STYLES)
  root.host.setAttribute('style', `--as-accent:${look.color}`)
  root.append(style, panel, launcher)

  let focusTarget: () => void = () => close.focus()
  const setOpen = (open: boolean) => {
    panel.hidden = !open
    launcher.setAttribute('aria-expanded', String(open))
    launcher.setAttribute('aria-label', open ? t.close : t.open)
    if (open) {
      dot.hidden = true
      onOpen()
      focusTarget()
    } else launcher.focus()
  }
  launcher.addEventListener('click', () => setOpen(panel.hidden))
  close.addEventListener('click', () => setOpen(false))
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') setOpen(false)
  })
  const notice = (element: HTMLElement, text: string | null) => {
    element.hidden = !text
    element.textContent = text ?? ''
  }

  return {
    get isOpen() {
      return !panel.hidden
    },
    /** Puts a view in the panel; `focus` is where the keyboard goes when the panel opens. */
    setContent(nodes: Node[], focus: () => void) {
      content.replaceChildren(...nodes)
      focusTarget = focus
      if (!panel.hidden) focus()
    },
    setOffline: (text: string | null) => notice(offline, text),
    setConnection: (text: string | null) => notice(connection, text),
    /** Marks the launcher when a reply arrives while the panel is closed. */
    setUnread(unread: boolean) {
      dot.hidden = !unread || !panel.hidden
      if (!dot.hidden) launcher.setAttribute('aria-label', `${t.open} (${t.unread})`)
    },
  }
}

/** The panel's handle. */
export type PanelShell = ReturnType<typeof panelShell>
