import { useCallback, useEffect, useRef } from 'react'
import { api } from '../client'
import type { PresenceState } from '../inbox-types'

const VIEWING_REPEAT_MS = 30_000
const TYPING_THROTTLE_MS = 3_000

/** Fire-and-forget presence signal; failures only mean others see us a little later. */
function sendPresence(id: string, state: PresenceState, keepalive = false): void {
  api<null>(`/conversations/${encodeURIComponent(id)}/presence`, {
    method: 'POST',
    body: { state },
    keepalive,
  }).catch(() => undefined)
}

/**
 * Tells other agents we have this conversation open: "viewing" on open and every 30 s while the
 * tab is visible, "left" on leave; returns a throttled `typing()` for the composer.
 */
export function useConversationPresence(id: string): () => void {
  const lastTyping = useRef(0)

  useEffect(() => {
    sendPresence(id, 'viewing')
    const repeat = setInterval(() => {
      if (document.visibilityState === 'visible') sendPresence(id, 'viewing')
    }, VIEWING_REPEAT_MS)
    const onHide = () => sendPresence(id, 'left', true)
    window.addEventListener('pagehide', onHide)
    return () => {
      clearInterval(repeat)
      window.removeEventListener('pagehide', onHide)
      sendPresence(id, 'left', true)
    }
  }, [id])

  return useCallback(() => {
    const now = Date.now()
    if (now - lastTyping.current < TYPING_THROTTLE_MS) return
    lastTyping.current = now
    sendPresence(id, 'typing')
  }, [id])
}
