import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { API_BASE } from '../api/client'
import { createLiveInvalidator } from './live-invalidator'
import { applyPresence, clearPresence } from './presence-store'

export type LiveState = 'open' | 'connecting' | 'closed'

const RETRY_MIN_MS = 2_000
const RETRY_MAX_MS = 30_000

/**
 * Keeps one EventSource on /api/v1/live for the current workspace.
 * The browser reconnects by itself after network errors (state "connecting"); when it gives up
 * (readyState CLOSED, e.g. a 401 or 5xx) we show "closed" and retry with a growing delay.
 */
export function useLiveConnection(workspaceId: string): LiveState {
  const client = useQueryClient()
  const [state, setState] = useState<LiveState>('connecting')

  useEffect(() => {
    const invalidator = createLiveInvalidator(client, workspaceId)
    clearPresence()
    let source: EventSource | null = null
    let retryTimer: ReturnType<typeof setTimeout> | undefined
    let retryDelay = RETRY_MIN_MS
    let disposed = false
    let connectedBefore = false

    const connect = () => {
      setState('connecting')
      source = new EventSource(`${API_BASE}/live`)
      source.onopen = () => {
        retryDelay = RETRY_MIN_MS
        setState('open')
      }
      source.addEventListener('ready', () => {
        setState('open')
        // Events may have been missed while we were away: refresh what is on screen.
        if (connectedBefore) invalidator.refreshAll()
        connectedBefore = true
      })
      source.addEventListener('event', (message) => invalidator.handle(message.data))
      source.addEventListener('presence', (message) => applyPresence(message.data))
      source.addEventListener('channel-health', () => invalidator.channelHealth())
      source.addEventListener('order-alerts', () => invalidator.orderAlerts())
      source.addEventListener('return-cases', () => invalidator.returnCases())
      source.addEventListener('import-progress', () => invalidator.importProgress())
      source.onerror = () => {
        if (disposed || !source) return
        if (source.readyState === EventSource.CONNECTING) {
          setState('connecting')
          return
        }
        source.close()
        setState('closed')
        invalidator.sessionCheck()
        retryTimer = setTimeout(connect, retryDelay)
        retryDelay = Math.min(retryDelay * 2, RETRY_MAX_MS)
      }
    }

    connect()
    return () => {
      disposed = true
      clearTimeout(retryTimer)
      source?.close()
      invalidator.dispose()
    }
  }, [client, workspaceId])

  return state
}
