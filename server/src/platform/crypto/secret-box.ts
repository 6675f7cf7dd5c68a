import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const VERSION = 1
const IV_BYTES = 12
const TAG_BYTES = 16

/** Encrypts and decrypts stored secrets (channel credentials) with AES-256-GCM, bound to their row. */
export class SecretBox {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('The secret key must be 32 bytes')
  }

  /** Seals a JSON value; `boundTo` (e.g. the row id) must be given again to open it. */
  seal(value: unknown, boundTo: string): Buffer {
    const iv = randomBytes(IV_BYTES)
    const cipher = createCipheriv('aes-256-gcm', this.key, iv)
    cipher.setAAD(Buffer.from(boundTo))
    const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()])
    return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body])
  }

  /** Opens a sealed value; throws when the key, the binding or the bytes do not match. */
  open<T = unknown>(sealed: Buffer, boundTo: string): T {
    if (sealed.length < 1 + IV_BYTES + TAG_BYTES || sealed[0] !== VERSION)
      throw new Error('Unknown secret format')
    const iv = sealed.subarray(1, 1 + IV_BYTES)
    const tag = sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES)
    const decipher = createDecipheriv('aes-256-gcm', this.key, iv)
    decipher.setAAD(Buffer.from(boundTo))
    decipher.setAuthTag(tag)
    const body = sealed.subarray(1 + IV_BYTES + TAG_BYTES)
    return JSON.parse(Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8'))
  }
}

/** The configured key, else the data directory's `secret.key`, created (0600) on first use. */
export function loadSecretKey(config: { secretKey: Buffer | null; dataDir: string }): Buffer {
  if (config.secretKey) return config.secretKey
  const file = path.join(config.dataDir, 'secret.key')
  fs.mkdirSync(config.dataDir, { recursive: true })
  try {
    // 'wx' fails if the file exists, so two processes starting together keep one key.
    fs.writeFileSync(file, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  const key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex')
  if (key.length !== 32) throw new Error(`${file} does not hold a 32-byte hex key`)
  return key
}
