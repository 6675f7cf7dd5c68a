import { describe, expect, it } from 'vitest'
import { smsapiIdx } from './smsapi-idx.js'

describe('smsapiIdx', () => {
  it('keeps keys SMSAPI accepts as they are', () => {
    expect(smsapiIdx('notif42')).toBe('notif42')
    expect(smsapiIdx('a'.repeat(255))).toBe('a'.repeat(255))
  })

  it('hashes keys with other characters, upper case or over 255 characters', () => {
    for (const key of ['0d4e-4f5a', 'Notif42', 'a'.repeat(256), 'zamówienie']) {
      const idx = smsapiIdx(key)
      expect(idx, key).toMatch(/^[0-9a-f]{64}$/)
      expect(smsapiIdx(key)).toBe(idx)
    }
  })

  it('keeps keys that differ only in case apart, though SMSAPI compares idx case-insensitively', () => {
    expect(smsapiIdx('ABC')).not.toBe(smsapiIdx('abc'))
    expect(smsapiIdx('ABC').toLowerCase()).not.toBe(smsapiIdx('abc').toLowerCase())
  })
})
