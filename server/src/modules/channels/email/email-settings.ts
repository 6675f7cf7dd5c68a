import { type ConnectorAccount, CredentialsRejectedError } from '../contract.js'

/** One mail server as an account's settings name it. */
export interface MailServer {
  host: string
  port: number
  secure: boolean
  user: string
  password: string
}

/** An e-mail account's settings and decrypted passwords, checked and with defaults applied. */
export interface EmailSettings {
  imap: MailServer & { mailbox: string; sentMailbox: string | null }
  smtp: MailServer
  fromAddress: string
  fromName: string | null
}

function record(value: unknown, path: string): Record<string, unknown> {
  if (value && typeof value === 'object') return value as Record<string, unknown>
  throw new Error(`e-mail account settings: ${path} is missing`)
}

function text(from: Record<string, unknown>, key: string, path: string): string {
  const value = from[key]
  if (typeof value === 'string' && value.trim()) return value.trim()
  throw new Error(`e-mail account settings: ${path}.${key} is missing`)
}

function optionalText(from: Record<string, unknown>, key: string): string | null {
  const value = from[key]
  return typeof value === 'string' && value.trim() ? value.trim() : null
}

function server(values: Record<string, unknown>, kind: 'imap' | 'smtp', password: unknown) {
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`e-mail account settings: ${kind}.port is not a port number`)
  // No password can never log in, whatever is retried: the admin has to enter one.
  if (typeof password !== 'string' || !password)
    throw new CredentialsRejectedError(`no ${kind.toUpperCase()} password is stored`)
  const host = text(values, 'host', kind)
  return { host, port, secure: values.secure === true, user: text(values, 'user', kind), password }
}

/** Reads `account.settings` (imap, smtp, fromAddress, fromName) and `credentials` (passwords). */
export function emailSettings(account: ConnectorAccount): EmailSettings {
  const settings = record(account.settings, 'settings')
  const imap = record(settings.imap, 'imap')
  return {
    imap: {
      ...server(imap, 'imap', account.credentials.imapPassword),
      mailbox: optionalText(imap, 'mailbox') ?? 'INBOX',
      sentMailbox: optionalText(imap, 'sentMailbox'),
    },
    smtp: server(record(settings.smtp, 'smtp'), 'smtp', account.credentials.smtpPassword),
    fromAddress: text(settings, 'fromAddress', 'settings'),
    fromName: optionalText(settings, 'fromName'),
  }
}
