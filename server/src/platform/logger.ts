import pino, { type Logger } from 'pino'
import type { Config } from './config.js'

/**
 * The process logger: JSON lines with request ids. Requests are logged as one access line of
 * method, URL, status and time (see http/metrics.ts), never with headers or bodies, so there are
 * no credentials to redact (pino's redaction would cost every log call a walk of its object).
 */
export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({ level: config.logLevel })
}
