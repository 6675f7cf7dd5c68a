import { describe, expect, it } from 'vitest'
import { CARRIER_CODES } from '../../contract.js'
import { carrierFromName } from './carrier-from-name.js'
import { carrierLabel } from './carrier-label.js'

describe('carrierFromName', () => {
  it('maps Allegro carrier ids', () => {
    const ids = {
      INPOST: 'inpost',
      DPD: 'dpd',
      DHL: 'dhl',
      GLS: 'gls',
      UPS: 'ups',
      POCZTA_POLSKA: 'poczta_polska',
      ORLEN: 'orlen_paczka',
    } as const
    for (const [id, carrier] of Object.entries(ids)) expect(carrierFromName(id), id).toBe(carrier)
  })

  it('maps delivery-method and brand names seen in marketplace data', () => {
    const names = {
      'Paczkomaty InPost': 'inpost',
      'Allegro Paczkomaty InPost': 'inpost',
      'Allegro MiniKurier24 InPost': 'inpost',
      'Allegro Kurier DPD': 'dpd',
      'DPD Pickup': 'dpd',
      'DHL Parcel': 'dhl',
      'Allegro Kurier24 DHL': 'dhl',
      'DHL eCommerce': 'dhl',
      'GLS kurier': 'gls',
      'UPS Standard': 'ups',
      'Poczta Polska': 'poczta_polska',
      'Pocztex Kurier48': 'poczta_polska',
      'Allegro Pocztex': 'poczta_polska',
      'ORLEN Paczka': 'orlen_paczka',
      'Allegro Automat ORLEN Paczka': 'orlen_paczka',
      'Paczka w RUCHu': 'orlen_paczka',
      orlen_paczka: 'orlen_paczka',
      paczkomat: 'inpost',
    } as const
    for (const [name, carrier] of Object.entries(names)) {
      expect(carrierFromName(name), name).toBe(carrier)
    }
  })

  it('ignores case and Polish diacritics', () => {
    expect(carrierFromName('POCZTA POLSKA')).toBe('poczta_polska')
    expect(carrierFromName('Przesyłka Pocztex')).toBe('poczta_polska')
    expect(carrierFromName('Paczkomaty InPost – odbiór w punkcie')).toBe('inpost')
  })

  it('answers null for unknown, empty or ambiguous names, and does not match inside words', () => {
    for (const name of ['FedEx', 'Allegro One Box', 'Odbiór osobisty', '', null, undefined]) {
      expect(carrierFromName(name), String(name)).toBeNull()
    }
    expect(carrierFromName('DPD / InPost')).toBeNull()
    expect(carrierFromName('Groups shipping')).toBeNull()
  })
})

describe('carrierLabel', () => {
  it('names every carrier in its brand spelling', () => {
    expect(carrierLabel('orlen_paczka')).toBe('ORLEN Paczka')
    expect(carrierLabel('poczta_polska')).toBe('Poczta Polska')
    expect(carrierLabel('inpost')).toBe('InPost')
    for (const carrier of CARRIER_CODES) expect(carrierLabel(carrier)).toMatch(/\S/)
  })

  it('round-trips: each label maps back to its carrier', () => {
    for (const carrier of CARRIER_CODES)
      expect(carrierFromName(carrierLabel(carrier))).toBe(carrier)
  })
})
