import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer, type SMTPServerEnvelope } from 'smtp-server'
import { freePort } from './free-port.js'

/** One message the sink accepted: the SMTP envelope, the exact bytes and mailparser's reading. */
export interface SinkMessage {
  envelope: SMTPServerEnvelope
  raw: Buffer
  parsed: ParsedMail
}

/** An in-process SMTP server on 127.0.0.1 that keeps what it receives, for tests of sending. */
export interface SmtpSink {
  host: string
  port: number
  received: SinkMessage[]
  /** Resolves once `count` messages have arrived in total. */
  waitFor(count: number, timeoutMs?: number): Promise<SinkMessage[]>
  stop(): Promise<void>
}

/** Options of `startSmtpSink`: required logins, and recipients to refuse with a 550. */
export interface SmtpSinkOptions {
  users?: Record<string, string>
  rejectRecipients?: string[]
}

/** Starts the sink on a free port; with `users` it requires AUTH and refuses other passwords. */
export async function startSmtpSink(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const received: SinkMessage[] = []
  const users = options.users
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: !users,
    logger: false,
    onAuth(auth, _session, callback) {
      if (!users || (auth.username && users[auth.username] === auth.password)) {
        callback(null, { user: auth.username })
      } else {
        callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }))
      }
    },
    onRcptTo(address, _session, callback) {
      if (options.rejectRecipients?.includes(address.address.toLowerCase())) {
        callback(Object.assign(new Error('No such user here'), { responseCode: 550 }))
      } else {
        callback()
      }
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks)
        simpleParser(raw).then(
          (parsed) => {
            received.push({ envelope: structuredClone(session.envelope), raw, parsed })
            callback()
          },
          (error: Error) => callback(error),
        )
      })
    },
  })
  const port = await freePort()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  const sink: SmtpSink = {
    host: '127.0.0.1',
    port,
    received,
    async waitFor(count, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`${received.length} of ${count} messages came`)
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      return received
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
  return sink
}
