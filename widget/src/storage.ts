/** What survives a reload: the visitor's token and who they said they are. */
export interface SavedChat {
  token: string
  visitorId: string
  name: string
  email: string
  expiresAt: string
  /** The shop user the chat was verified for; null for an anonymous chat. */
  userId: string | null
}

const slot = (key: string) => `aftersale-chat:${key}`

// Storage may be disabled (Safari private mode, strict cookie settings): then chats last one page.
function storage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

/** The saved chat of this widget, unless missing or expired. */
export function loadChat(key: string): SavedChat | null {
  try {
    const raw = storage()?.getItem(slot(key))
    const saved = raw ? (JSON.parse(raw) as SavedChat) : null
    return saved && new Date(saved.expiresAt).getTime() > Date.now() ? saved : null
  } catch {
    return null
  }
}

/** Remembers the chat for the next page load. */
export function saveChat(key: string, chat: SavedChat): void {
  try {
    storage()?.setItem(slot(key), JSON.stringify(chat))
  } catch {
    // Quota or privacy settings: the chat still works on this page.
  }
}

/** Forgets the chat (expired or refused token). */
export function forgetChat(key: string): void {
  try {
    storage()?.removeItem(slot(key))
  } catch {
    // Nothing to forget.
  }
}
