import { describe, expect, it } from 'vitest'
import { solidPng, tinyJpeg, webpHeader } from '../../../test/test-images.js'
import { formatMoney, formatTime } from './evidence-format.js'
import { htmlToText } from './evidence-messages.js'
import { sniffImageType } from './image-type.js'
import {
  effectiveChecklist,
  languageOf,
  normalizeChecklist,
  uncheckedItems,
} from './pack-checklist.js'

describe('pack photo type sniffing', () => {
  it('knows JPEG, PNG and WebP by their signatures and nothing else', () => {
    expect(sniffImageType(tinyJpeg('x'))).toBe('image/jpeg')
    expect(sniffImageType(solidPng(1, 1, [0, 0, 0]))).toBe('image/png')
    expect(sniffImageType(webpHeader())).toBe('image/webp')
    expect(sniffImageType(Buffer.from('GIF89a......'))).toBeNull()
    expect(sniffImageType(Buffer.from('RIFF....WAVE'))).toBeNull()
    expect(sniffImageType(Buffer.from([0xff, 0xd8]))).toBeNull()
  })
})

describe('packing checklist', () => {
  it('falls back to the default list in the agent language and keeps a configured one', () => {
    expect(effectiveChecklist([], 'pl')).toContain('Etykieta naklejona')
    expect(effectiveChecklist([], 'en')).toContain('Label attached')
    expect(effectiveChecklist(['Taśma'], 'en')).toEqual(['Taśma'])
    expect(languageOf('en-GB')).toBe('en')
    expect(languageOf(null)).toBe('pl')
    expect(normalizeChecklist([' a ', '', 'a', 'b'])).toEqual(['a', 'b'])
    expect(
      uncheckedItems([
        { item: 'a', checked: true },
        { item: 'b', checked: false },
      ]),
    ).toEqual(['b'])
  })
})

describe('evidence formatting', () => {
  it('prints money, Warsaw times and HTML-only messages readably', () => {
    expect(formatMoney(15900, 'PLN', 'pl')).toBe('159,00\u00a0zł')
    expect(formatMoney(15900, 'EUR', 'en')).toBe('€159.00')
    expect(formatTime('2026-07-01T10:05:00Z', 'Europe/Warsaw')).toBe('2026-07-01 12:05')
    expect(formatTime('2026-01-01T10:05:00Z', 'Europe/Warsaw')).toBe('2026-01-01 11:05')
    expect(htmlToText('<p>Dzień&nbsp;dobry</p><p>A &amp; B<br>C</p><script>x()</script>')).toBe(
      'Dzień dobry\nA & B\nC',
    )
  })
})
