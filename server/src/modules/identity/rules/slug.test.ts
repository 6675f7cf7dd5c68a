import { describe, expect, it } from 'vitest'
import { slugify } from './slug.js'
import { isTimeZone } from './time-zone.js'

describe('slugify', () => {
  it('folds Polish and German letters', () => {
    expect(slugify('Kraina Kawy Łódź')).toBe('kraina-kawy-lodz')
    expect(slugify('Große Straße Żółć')).toBe('grosse-strasse-zolc')
    expect(slugify('  !!! ')).toBe('workspace')
  })
  it('knows IANA time zones', () => {
    expect(isTimeZone('Europe/Warsaw')).toBe(true)
    expect(isTimeZone('Mars/Olympus')).toBe(false)
  })
})
