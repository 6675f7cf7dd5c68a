import { useSyncExternalStore } from 'react'
import type { PresenceSignal } from '../api/inbox-types'
import { displayName } from '../lib/display-name'

/** How long a signal counts without a fresh one (viewers repeat "viewing" every 30 s). */
const TTL_MS = { viewing: 75_000, typing: 6_000 } as const

export interface PresenceEntry {
  userId: string
  name: string
  state: 'viewing' | 'typing'
  /** Local receive time (ms), so clock skew with the server does not matter. */
  receivedAt: number
}

type Listener = () => void

const EMPTY: readonly PresenceEntry[] = []
let byConversation = new Map<string, readonly PresenceEntry[]>()
const listeners = new Set<Listener>()

function emit() {
  for (const listener of listeners) listener()
}

function parse(data: unknown): PresenceSignal | null {
  if (typeof data !== 'string') return null
  try {
    const value = JSON.parse(data) as Partial<PresenceSignal>
    if (typeof value.conversationId !== 'string' || typeof value.userId !== 'string') return null
    return value as PresenceSignal
  } catch {
    return null
  }
}

/** Applies one `event: presence` message from the live stream. */
export function applyPresence(data: unknown): void {
  const signal = parse(data)
  if (!signal) return
  const others = (byConversation.get(signal.conversationId) ?? EMPTY).filter(
    (entry) => entry.userId !== signal.userId,
  )
  const next =
    signal.state === 'left'
      ? others
      : [
          ...others,
          {
            userId: signal.userId,
            name: displayName(signal.name) || '…',
            state: signal.state,
            receivedAt: Date.now(),
          },
        ]
  byConversation = new Map(byConversation).set(signal.conversationId, next)
  emit()
}

/** Forgets everything (workspace switch or a fresh stream). */
export function clearPresence(): void {
  byConversation = new Map()
  emit()
}

function subscribe(listener: Listener) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Drops entries older than their TTL; a stale "typing" falls back to "viewing". */
export function livePresence(entries: readonly PresenceEntry[], now: number): PresenceEntry[] {
  return entries.flatMap((entry) => {
    const age = now - entry.receivedAt
    if (entry.state === 'typing' && age > TTL_MS.typing)
      return age > TTL_MS.viewing ? [] : [{ ...entry, state: 'viewing' as const }]
    return age > TTL_MS.viewing ? [] : [entry]
  })
}

/** Raw presence entries of one conversation (filter with `livePresence` before showing). */
export function usePresenceEntries(conversationId: string): readonly PresenceEntry[] {
  return useSyncExternalStore(
    subscribe,
    () => byConversation.get(conversationId) ?? EMPTY,
    () => EMPTY,
  )
}
