import type { ServerMessage } from './api.js'

/** What the live stream reports. */
export interface LiveHandlers {
  message(message: ServerMessage): void
  typing(signal: { name: string | null; state: string }): void
  online(online: boolean): void
  /** The stream dropped (true) or is back (false); on return the app reloads history. */
  reconnecting(down: boolean): void
}

const MAX_DELAY_MS = 30_000

/**
 * Keeps an EventSource open: the browser retries dropped connections itself, but gives up on
 * an HTTP error, so then we reopen with backoff, asking for messages after the last one seen.
 */
export function connectLive(url: (after: string | null) => string, on: LiveHandlers): () => void {
  let source: EventSource | null = null
  let lastId: string | null = null
  let delay = 1000
  let timer: ReturnType<typeof setTimeout> | undefined
  let stopped = false
  let down = false

  const setDown = (value: boolean) => {
    if (down !== value) on.reconnecting(value)
    down = value
  }
  const parse = (event: Event) => JSON.parse((event as MessageEvent<string>).data)

  function open() {
    source = new EventSource(url(lastId))
    source.addEventListener('ready', (event) => {
      delay = 1000
      setDown(false)
      on.online(parse(event).online)
    })
    source.addEventListener('status', (event) => on.online(parse(event).online))
    source.addEventListener('typing', (event) => on.typing(parse(event)))
    source.addEventListener('message', (event) => {
      lastId = (event as MessageEvent).lastEventId || lastId
      on.message(parse(event))
    })
    source.onerror = () => {
      setDown(true)
      if (source?.readyState !== EventSource.CLOSED || stopped) return
      source = null
      timer = setTimeout(open, delay)
      delay = Math.min(delay * 2, MAX_DELAY_MS)
    }
  }

  open()
  return () => {
    stopped = true
    clearTimeout(timer)
    source?.close()
  }
}
