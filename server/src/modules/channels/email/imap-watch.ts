import type { ImapFlow } from 'imapflow'
import type { Logger } from 'pino'
import { type ConnectorAccount, CredentialsRejectedError } from '../contract.js'
import { emailSettings } from './email-settings.js'
import { closeImap, imapClient, imapFailure } from './imap-client.js'

/** Timing of an IMAP watch. */
export interface ImapWatchOptions {
  /** How often `changed` fires when the server has no IDLE (RFC 2177). */
  pollIntervalMs: number
  /** Re-issue IDLE this often; RFC 2177 asks for under 29 minutes, NAT gateways for less. */
  maxIdleTimeMs: number
  /** Reconnect delays: doubling from `initial` up to `max`, with jitter. */
  backoff: { initialMs: number; maxMs: number }
  /** A connection that lasted this long resets the backoff. */
  stableAfterMs: number
}

/** Defaults: poll every minute without IDLE, re-IDLE every 4 minutes, back off 1 s to 5 min. */
export const DEFAULT_IMAP_WATCH: ImapWatchOptions = {
  pollIntervalMs: 60_000,
  maxIdleTimeMs: 4 * 60_000,
  backoff: { initialMs: 1_000, maxMs: 5 * 60_000 },
  stableAfterMs: 60_000,
}

// A refused first login rejects, so a wrong password shows at once; later drops (network,
// server restarts) reconnect in the background with backoff.
/**
 * Watches the mailbox over IMAP IDLE (RFC 2177), calling `changed` when EXISTS grows and after
 * every (re)connect, or on a timer when the server has no IDLE; resolves to a stop function.
 */
export async function watchImap(
  account: ConnectorAccount,
  changed: () => void,
  log: Logger,
  options: ImapWatchOptions = DEFAULT_IMAP_WATCH,
): Promise<() => Promise<void>> {
  const settings = emailSettings(account)
  const watchLog = log.child({ accountId: account.id, component: 'imap-watch' })
  let stopped = false
  let client: ImapFlow | null = null
  let timer: NodeJS.Timeout | null = null
  let poller: NodeJS.Timeout | null = null
  let failures = 0
  const notify = () => {
    try {
      changed()
    } catch (error) {
      watchLog.warn({ err: error }, 'mail change handler failed')
    }
  }

  const retry = (error: unknown) => {
    if (stopped) return
    const rejected = error instanceof CredentialsRejectedError
    const doubled = options.backoff.initialMs * 2 ** failures++
    // A refused password does not heal in seconds; keep login attempts (and lockouts) rare.
    const delay = rejected ? options.backoff.maxMs : Math.min(doubled, options.backoff.maxMs)
    watchLog.warn({ err: error, retryInMs: delay }, 'IMAP watch connection lost')
    timer = setTimeout(() => void connect().catch(retry), delay * (0.8 + Math.random() * 0.4))
  }

  const connect = async () => {
    const next = imapClient(settings.imap, log, {
      socketTimeoutMs: options.maxIdleTimeMs + 60_000,
      maxIdleTimeMs: options.maxIdleTimeMs,
    })
    let connectedAt = 0
    next.on('error', (error) => watchLog.warn({ err: error }, 'IMAP watch error'))
    next.on('exists', (event) => {
      if (event.count > event.prevCount) notify()
    })
    next.on('close', () => {
      if (client !== next) return
      client = null
      if (connectedAt && Date.now() - connectedAt >= options.stableAfterMs) failures = 0
      retry(new Error('IMAP connection closed'))
    })
    try {
      await next.connect()
      if (!next.capabilities.has('IDLE')) {
        await closeImap(next)
        watchLog.info({ everyMs: options.pollIntervalMs }, 'no IMAP IDLE, polling instead')
        if (!stopped) poller = setInterval(notify, options.pollIntervalMs)
        notify()
        return
      }
      await next.mailboxOpen(settings.imap.mailbox, { readOnly: true })
    } catch (error) {
      next.close()
      throw imapFailure(error, settings.imap.user)
    }
    if (stopped) return void (await closeImap(next))
    client = next
    connectedAt = Date.now()
    // Mail may have arrived while no connection was watching.
    notify()
  }

  try {
    await connect()
  } catch (error) {
    if (error instanceof CredentialsRejectedError) throw error
    retry(error)
  }
  return async () => {
    stopped = true
    if (timer) clearTimeout(timer)
    if (poller) clearInterval(poller)
    const open = client
    client = null
    if (open) await closeImap(open)
  }
}
