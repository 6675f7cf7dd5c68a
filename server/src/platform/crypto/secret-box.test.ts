import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadSecretKey, SecretBox } from './secret-box.js'

describe('SecretBox', () => {
  const box = new SecretBox(randomBytes(32))

  it('round-trips a value bound to its row', () => {
    const sealed = box.seal({ password: 'hunter2' }, 'row-1')
    expect(sealed.includes(Buffer.from('hunter2'))).toBe(false)
    expect(box.open(sealed, 'row-1')).toEqual({ password: 'hunter2' })
  })

  it('refuses another row, another key and tampered bytes', () => {
    const sealed = box.seal({ a: 1 }, 'row-1')
    expect(() => box.open(sealed, 'row-2')).toThrow()
    expect(() => new SecretBox(randomBytes(32)).open(sealed, 'row-1')).toThrow()
    const tampered = Buffer.from(sealed)
    tampered.writeUInt8((tampered.at(-1) ?? 0) ^ 1, tampered.length - 1)
    expect(() => box.open(tampered, 'row-1')).toThrow()
  })

  it('creates one key file and reuses it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftersale-key-'))
    const first = loadSecretKey({ secretKey: null, dataDir: dir })
    expect(loadSecretKey({ secretKey: null, dataDir: dir })).toEqual(first)
    expect(fs.statSync(path.join(dir, 'secret.key')).mode & 0o777).toBe(0o600)
    fs.rmSync(dir, { recursive: true })
  })
})
