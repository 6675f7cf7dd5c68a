import { describe, expect, it } from 'vitest'
import { smsSegments } from './sms-segments.js'

describe('smsSegments (GSM 03.38 / UCS-2)', () => {
  it('keeps plain ASCII and German umlauts in GSM-7, 160 in one part and 153 per part after', () => {
    expect(smsSegments('Ihre Bestellung wurde zugestellt. Schöne Grüße!')).toMatchObject({
      encoding: 'gsm7',
      segments: 1,
    })
    expect(smsSegments('a'.repeat(160))).toEqual({
      encoding: 'gsm7',
      units: 160,
      segments: 1,
      perSegment: 160,
    })
    expect(smsSegments('a'.repeat(161))).toMatchObject({ segments: 2, perSegment: 153 })
    expect(smsSegments('a'.repeat(306)).segments).toBe(2)
    expect(smsSegments('a'.repeat(307)).segments).toBe(3)
  })

  it('counts extension characters as two septets and never splits their escape', () => {
    expect(smsSegments('€'.repeat(80))).toMatchObject({ encoding: 'gsm7', units: 160, segments: 1 })
    expect(smsSegments('€'.repeat(81)).segments).toBe(2)
    // 152 plain septets then a euro: 154 would straddle the first part's 153 → it moves on.
    const straddling = `${'a'.repeat(152)}€${'a'.repeat(152)}`
    expect(smsSegments(straddling)).toMatchObject({ units: 306, segments: 3 })
  })

  it('switches to UCS-2 for Polish diacritics: 70 alone, 67 per part', () => {
    expect(smsSegments('Zażółć gęślą jaźń')).toMatchObject({ encoding: 'ucs2', units: 17 })
    expect(smsSegments('ą'.repeat(70)).segments).toBe(1)
    expect(smsSegments('ą'.repeat(71))).toMatchObject({ segments: 2, perSegment: 67 })
    expect(smsSegments('ą'.repeat(134)).segments).toBe(2)
    expect(smsSegments('ą'.repeat(135)).segments).toBe(3)
  })

  it('counts an emoji as two UTF-16 units and keeps the pair in one part', () => {
    expect(smsSegments('📦')).toMatchObject({ encoding: 'ucs2', units: 2, segments: 1 })
    expect(smsSegments(`${'a'.repeat(66)}📦${'a'.repeat(66)}`)).toMatchObject({
      units: 134,
      segments: 3,
    })
  })

  it('reports an empty text as zero segments', () => {
    expect(smsSegments('').segments).toBe(0)
  })
})
