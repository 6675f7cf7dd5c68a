import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CARRIER_CODES } from '../../contract.js'
import { recognizeCarriers } from './recognize-carriers.js'

const carriers = (number: string) => recognizeCarriers(number).map((m) => m.carrier)
const best = (number: string) => recognizeCarriers(number)[0]

describe('recognizeCarriers', () => {
  it('recognises a Poczta Polska S10 number with its check digit, whatever the spacing or case', () => {
    for (const input of ['RR123456785PL', 'rr 123 456 785 pl', 'RR-123-456-785-PL']) {
      expect(recognizeCarriers(input), input).toEqual([
        { carrier: 'poczta_polska', confidence: 0.95, reason: expect.stringContaining('PL') },
      ])
    }
  })

  it('doubts an S10 number whose check digit is wrong, and says what it should be', () => {
    const [match] = recognizeCarriers('RR123456784PL')
    expect(match?.carrier).toBe('poczta_polska')
    expect(match?.confidence).toBeLessThan(0.5)
    expect(match?.reason).toContain('should be 5')
  })

  it('offers a foreign S10 number to Poczta Polska, and a German one to DHL as well', () => {
    expect(carriers('CP123456785DE')).toEqual(['poczta_polska', 'dhl'])
    expect(carriers('CP123456785CZ')).toEqual(['poczta_polska'])
    expect(best('CP123456785CZ')!.confidence).toBeLessThan(0.95)
  })

  it('recognises Poczta Polska’s 20-digit SSCC (AI 00) and prefers it with the Polish GS1 prefix', () => {
    const polish = recognizeCarriers('00359077300000012340')
    expect(polish.map((m) => m.carrier)).toEqual(['poczta_polska', 'dhl'])
    expect(polish[0]!.reason).toContain('590')
    const foreign = recognizeCarriers('00106141411234567897')
    expect(foreign[0]!.carrier).toBe('poczta_polska')
    expect(foreign[0]!.confidence).toBeLessThan(polish[0]!.confidence)
    const broken = recognizeCarriers('00359077300000012341')
    expect(broken).toHaveLength(1)
    expect(broken[0]!.confidence).toBeLessThanOrEqual(0.2)
  })

  it('recognises UPS 1Z numbers and checks their check digit', () => {
    expect(recognizeCarriers('1Z 999 AA1 0123 4567 84')).toEqual([
      { carrier: 'ups', confidence: 0.98, reason: expect.any(String) },
    ])
    const wrong = recognizeCarriers('1Z999AA10123456785')
    expect(wrong[0]).toMatchObject({ carrier: 'ups', confidence: 0.5 })
    expect(wrong[0]!.reason).toContain('should be 4')
  })

  it('recognises DHL JJD piece numbers and 10-digit Express waybills by their modulo-7 digit', () => {
    expect(best('JJD000390007123456789')).toMatchObject({ carrier: 'dhl', confidence: 0.95 })
    expect(best('1234567891')).toMatchObject({ carrier: 'dhl', confidence: 0.6 })
    const invalid = recognizeCarriers('1234567892')
    expect(invalid.find((m) => m.carrier === 'dhl')!.confidence).toBeLessThan(0.2)
  })

  it('recognises InPost’s 24-digit numbers', () => {
    expect(best('6123 4567 8901 2345 6789 0123')).toMatchObject({
      carrier: 'inpost',
      confidence: 0.9,
    })
  })

  it('recognises DPD Polska waybills, parcel numbers with a MOD 37,36 character and label barcodes', () => {
    expect(best('0000123456789U')).toMatchObject({ carrier: 'dpd', confidence: 0.85 })
    expect(best('012345678901233')).toMatchObject({ carrier: 'dpd', confidence: 0.85 })
    expect(best('01234567890123X')!.confidence).toBeLessThan(0.5)
    const barcode = best('%000512301234567890123101616')
    expect(barcode).toMatchObject({ carrier: 'dpd', confidence: 0.9 })
    expect(barcode!.reason).toContain('01234567890123')
  })

  it('returns several low-confidence matches for bare digits and explains each', () => {
    const matches = recognizeCarriers('01234567890123')
    expect(matches.map((m) => m.carrier)).toEqual(['dpd', 'orlen_paczka'])
    expect(matches.every((m) => m.confidence <= 0.6 && m.reason.length > 10)).toBe(true)
  })

  it('recognises a GLS 12-digit number with a valid check digit, and doubts 11 digits', () => {
    expect(best('123456789011')).toMatchObject({ carrier: 'gls', confidence: 0.7 })
    expect(best('123456789012')!.confidence).toBeLessThan(0.2)
    const eleven = recognizeCarriers('12345678901')
    expect(eleven[0]).toMatchObject({ carrier: 'gls', confidence: 0.35 })
  })

  it('recognises nothing in text that is no tracking number', () => {
    expect(recognizeCarriers('')).toEqual([])
    expect(recognizeCarriers('  - ')).toEqual([])
    expect(recognizeCarriers('hello world')).toEqual([])
    expect(recognizeCarriers('12345')).toEqual([])
  })

  it('always answers best first, one entry per known carrier, confidences within 0..1', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.stringMatching(/^[0-9]{8,30}$/), fc.stringMatching(/^[0-9A-Z %-]{1,30}$/)),
        (input) => {
          const matches = recognizeCarriers(input)
          const seen = matches.map((m) => m.carrier)
          expect(new Set(seen).size).toBe(seen.length)
          for (let i = 0; i < matches.length; i++) {
            const match = matches[i]!
            expect(CARRIER_CODES).toContain(match.carrier)
            expect(match.confidence).toBeGreaterThan(0)
            expect(match.confidence).toBeLessThanOrEqual(1)
            if (i > 0) expect(match.confidence).toBeLessThanOrEqual(matches[i - 1]!.confidence)
          }
        },
      ),
    )
  })
})
