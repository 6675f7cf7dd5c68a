import { ImapFlow } from 'imapflow'
import type { Logger } from 'pino'
import { CredentialsRejectedError } from '../contract.js'
import type { MailServer } from './email-settings.js'

// RFC 5530 codes for a refusal that may pass: the credentials themselves were not judged.
const temporaryRefusals = new Set(['UNAVAILABLE', 'LIMIT', 'INUSE', 'SERVERBUG'])

/** Timeouts of one IMAP connection; IDLE connections wait longer between server responses. */
export interface ImapTimeouts {
  socketTimeoutMs: number
  /** Re-issue IDLE this often (RFC 2177 asks for less than 29 minutes; NATs want less). */
  maxIdleTimeMs?: number
}

/** An unconnected ImapFlow client for `server`, logging only its warnings and errors. */
export function imapClient(server: MailServer, log: Logger, timeouts: ImapTimeouts): ImapFlow {
  const imapLog = log.child({ component: 'imap', host: server.host, user: server.user })
  const ignore = () => {}
  return new ImapFlow({
    host: server.host,
    port: server.port,
    secure: server.secure,
    auth: { user: server.user, pass: server.password },
    connectionTimeout: 30_000,
    greetingTimeout: 15_000,
    socketTimeout: timeouts.socketTimeoutMs,
    // A watching connection sends no commands of its own, so it may enter IDLE at once.
    ...(timeouts.maxIdleTimeMs
      ? { maxIdleTime: timeouts.maxIdleTimeMs, autoIdleDelay: 200 }
      : { disableAutoIdle: true }),
    tls: { minVersion: 'TLSv1.2' },
    logger: {
      debug: ignore,
      info: ignore,
      warn: (entry: object) => imapLog.warn(entry),
      error: (entry: object) => imapLog.error(entry),
    },
  })
}

/** The error to raise for an IMAP failure: `CredentialsRejectedError` when the login was refused. */
export function imapFailure(error: unknown, user: string): Error {
  const failure = error as {
    authenticationFailed?: boolean
    serverResponseCode?: string
    response?: string
  }
  if (failure?.authenticationFailed && !temporaryRefusals.has(failure.serverResponseCode ?? '')) {
    const reason = failure.response || (error as Error).message
    return new CredentialsRejectedError(`IMAP server refused the login of ${user}: ${reason}`)
  }
  return error instanceof Error ? error : new Error(String(error))
}

/** Logs out politely, or drops the socket when the server does not answer within a few seconds. */
export async function closeImap(client: ImapFlow): Promise<void> {
  if (!client.usable) {
    client.close()
    return
  }
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, 5_000).unref())
  await Promise.race([client.logout().catch(() => {}), timeout])
  client.close()
}

/** Connects, runs `work` and always logs out, mapping a refused login to `CredentialsRejectedError`. */
export async function withImap<T>(
  server: MailServer,
  log: Logger,
  work: (client: ImapFlow) => Promise<T>,
): Promise<T> {
  const client = imapClient(server, log, { socketTimeoutMs: 120_000 })
  // Without a listener a late socket error would be an uncaught exception in the process.
  client.on('error', (error) =>
    log.warn({ err: error, component: 'imap' }, 'IMAP connection error'),
  )
  try {
    await client.connect()
    return await work(client)
  } catch (error) {
    throw imapFailure(error, server.user)
  } finally {
    await closeImap(client)
  }
}
