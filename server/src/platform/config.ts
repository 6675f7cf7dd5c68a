import path from 'node:path'

/** Validated runtime configuration; every field comes from one environment variable. */
export interface Config {
  port: number
  host: string
  dataDir: string
  databaseUrl: string | null
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'
  demo: boolean
  dbPoolMax: number
  appDbRole: string
  bodyLimitBytes: number
  sessionIdleMinutes: number
  sessionMaxDays: number
  loginMaxFailures: number
  loginLockoutMinutes: number
  secureCookies: boolean
  trustProxy: boolean
  publicUrl: string | null
  workerConcurrency: number
  secretKey: Buffer | null
  maxAttachmentBytes: number
  simulators: boolean
  deliveryTimeoutSeconds: number
}

/** One configuration variable: its default and how a raw string becomes a value. */
interface Variable<T> {
  name: string
  fallback: string | null
  expected: string
  parse(raw: string): T | undefined
}

/** Thrown when an environment variable holds a value that cannot be used. */
export class ConfigError extends Error {}

const int = (min: number, max: number) => (raw: string) => {
  if (!/^\d+$/.test(raw)) return undefined
  const value = Number(raw)
  return value >= min && value <= max ? value : undefined
}
const bool = (raw: string) =>
  ({ '1': true, true: true, yes: true, '0': false, false: false, no: false })[raw.toLowerCase()]
const text = (raw: string) => (raw.trim() === '' ? undefined : raw.trim())
const oneOf =
  <T extends string>(...values: T[]) =>
  (raw: string) =>
    values.includes(raw as T) ? (raw as T) : undefined
const url = (protocols: string[]) => (raw: string) => {
  try {
    return protocols.includes(new URL(raw).protocol) ? raw : undefined
  } catch {
    return undefined
  }
}
const key32 = (raw: string) => {
  const bytes = /^[0-9a-f]{64}$/i.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64')
  return bytes.length === 32 ? bytes : undefined
}
const sqlIdentifier = (raw: string) => (/^[a-z_][a-z0-9_]{0,62}$/.test(raw) ? raw : undefined)

const v = <T>(
  name: string,
  fallback: string | null,
  expected: string,
  parse: (raw: string) => T | undefined,
): Variable<T> => ({ name, fallback, expected, parse })

/** The documented variables, in README order. */
export const configVariables = {
  port: v('PORT', '3000', 'an integer port from 0 to 65535 (0 picks a free one)', int(0, 65535)),
  host: v('HOST', '127.0.0.1', 'a host name or IP address to listen on', text),
  dataDir: v('AFTERSALE_DATA_DIR', './data', 'a directory path', text),
  databaseUrl: v(
    'DATABASE_URL',
    null,
    'a postgres:// or postgresql:// URL',
    url(['postgres:', 'postgresql:']),
  ),
  logLevel: v(
    'LOG_LEVEL',
    'info',
    'one of fatal, error, warn, info, debug, trace, silent',
    oneOf('fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'),
  ),
  demo: v('AFTERSALE_DEMO', '1', '1 or 0 (true/false, yes/no)', bool),
  dbPoolMax: v('AFTERSALE_DB_POOL_MAX', '10', 'an integer from 2 to 200', int(2, 200)),
  appDbRole: v(
    'AFTERSALE_APP_DB_ROLE',
    'aftersale_app',
    'a lower-case SQL role name',
    sqlIdentifier,
  ),
  bodyLimitBytes: v(
    'AFTERSALE_BODY_LIMIT',
    '1048576',
    'a byte count from 1024 to 104857600',
    int(1024, 104857600),
  ),
  sessionIdleMinutes: v(
    'AFTERSALE_SESSION_IDLE_MINUTES',
    '720',
    'minutes from 5 to 43200',
    int(5, 43200),
  ),
  sessionMaxDays: v('AFTERSALE_SESSION_MAX_DAYS', '30', 'days from 1 to 365', int(1, 365)),
  loginMaxFailures: v('AFTERSALE_LOGIN_MAX_FAILURES', '5', 'an integer from 1 to 100', int(1, 100)),
  loginLockoutMinutes: v(
    'AFTERSALE_LOGIN_LOCKOUT_MINUTES',
    '15',
    'minutes from 1 to 1440',
    int(1, 1440),
  ),
  secureCookies: v('AFTERSALE_SECURE_COOKIES', '0', '1 or 0 (set 1 behind HTTPS)', bool),
  trustProxy: v('AFTERSALE_TRUST_PROXY', '0', '1 or 0 (1 behind a reverse proxy)', bool),
  publicUrl: v(
    'AFTERSALE_PUBLIC_URL',
    null,
    'an http:// or https:// URL',
    url(['http:', 'https:']),
  ),
  workerConcurrency: v('AFTERSALE_WORKER_CONCURRENCY', '4', 'an integer from 1 to 64', int(1, 64)),
  secretKey: v(
    'AFTERSALE_SECRET_KEY',
    null,
    '32 bytes as 64 hex digits or base64 (unset: a key file in the data directory)',
    key32,
  ),
  maxAttachmentBytes: v(
    'AFTERSALE_MAX_ATTACHMENT_BYTES',
    '26214400',
    'a byte count from 1024 to 104857600',
    int(1024, 104857600),
  ),
  deliveryTimeoutSeconds: v(
    'AFTERSALE_DELIVERY_TIMEOUT_SECONDS',
    '60',
    'seconds from 2 to 3600',
    int(2, 3600),
  ),
  simulators: v(
    'AFTERSALE_SIMULATORS',
    '0',
    '1 or 0 (1 serves the marketplace simulators under /_sim for demos)',
    bool,
  ),
} satisfies { [K in keyof Config]: Variable<unknown> }

/** Reads and validates the configuration; the first bad variable throws one line naming it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const config: Record<string, unknown> = {}
  for (const [key, variable] of Object.entries(configVariables) as [string, Variable<unknown>][]) {
    const raw = env[variable.name]
    if (raw === undefined || raw === '') {
      config[key] = variable.fallback === null ? null : variable.parse(variable.fallback)
      continue
    }
    const value = variable.parse(raw)
    if (value === undefined) {
      throw new ConfigError(
        `Invalid configuration: ${variable.name} must be ${variable.expected}, got ${JSON.stringify(raw)}`,
      )
    }
    config[key] = value
  }
  const result = config as unknown as Config
  result.dataDir = path.resolve(result.dataDir)
  return result
}
