import { messagesFor, pickLocale } from './messages.js'
import { startWidget } from './widget-app.js'

declare global {
  interface Window {
    __aftersaleChat?: boolean
  }
}

// Read while the script runs: currentScript is null once it has finished.
const script =
  (document.currentScript as HTMLScriptElement | null) ??
  document.querySelector<HTMLScriptElement>('script[data-key][src*="widget.js"]')

function boot() {
  if (!script || window.__aftersaleChat) return
  const key = script.dataset.key
  if (!key) {
    console.warn('Aftersale chat: add data-key="…" to the widget script tag.')
    return
  }
  window.__aftersaleChat = true
  const base = new URL(script.src, location.href).origin
  const host = document.createElement('div')
  host.id = 'aftersale-chat'
  document.body.append(host)
  const root = host.attachShadow({ mode: 'open' })
  const languages = navigator.languages?.length ? navigator.languages : [navigator.language]
  const { userId, userHash, name, email } = script.dataset
  const visitor = {
    identity: userId && userHash ? { userId, hash: userHash } : null,
    name: name ?? '',
    email: email ?? '',
  }
  startWidget(root, base, key, messagesFor(pickLocale(languages)), visitor).catch(
    (error: Error) => {
      host.remove()
      window.__aftersaleChat = false
      console.warn(`Aftersale chat is unavailable: ${error.message}`)
    },
  )
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot)
else boot()
