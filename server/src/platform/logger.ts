import pino, { type Logger } from 'pino'
import type { Config } from './config.js'

/** The process logger: JSON lines with request ids; secrets in headers and bodies are redacted. */
export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'res.headers["set-cookie"]',
        '*.password',
      ],
      censor: '[redacted]',
    },
  })
}
