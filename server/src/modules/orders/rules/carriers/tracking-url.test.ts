import { describe, expect, it } from 'vitest'
import { CARRIER_CODES } from '../../contract.js'
import { trackingUrl } from './tracking-url.js'

describe('trackingUrl', () => {
  it('links InPost’s public tracking page', () => {
    expect(trackingUrl('inpost', '612345678901234567890123')).toBe(
      'https://inpost.pl/sledzenie-przesylek?number=612345678901234567890123',
    )
  })

  it('links each carrier’s own site over HTTPS with the number in it', () => {
    const hosts = {
      inpost: 'inpost.pl',
      dpd: 'tracktrace.dpd.com.pl',
      dhl: 'www.dhl.com',
      gls: 'gls-group.eu',
      ups: 'www.ups.com',
      poczta_polska: 'emonitoring.poczta-polska.pl',
      orlen_paczka: 'www.orlenpaczka.pl',
    } as const
    for (const carrier of CARRIER_CODES) {
      const url = new URL(trackingUrl(carrier, 'AB123'))
      expect(url.protocol).toBe('https:')
      expect(url.host, carrier).toBe(hosts[carrier])
      expect(url.href).toContain('AB123')
    }
  })

  it('follows the reader’s language where the carrier has one, Polish by default', () => {
    expect(trackingUrl('dhl', '1234567891')).toContain('/pl-pl/')
    expect(trackingUrl('dhl', '1234567891', 'en')).toContain('/pl-en/')
    expect(trackingUrl('dhl', '1234567891', 'de-AT')).toContain('/de-de/')
    expect(trackingUrl('ups', '1Z', 'en_GB')).toContain('loc=en_GB')
    expect(trackingUrl('ups', '1Z', 'cs')).toContain('loc=en_GB')
    expect(trackingUrl('gls', '1', 'pl')).toContain('/PL/pl/')
    expect(trackingUrl('gls', '1', 'de')).toContain('/DE/de/')
  })

  it('URL-encodes the number and drops spaces', () => {
    const url = trackingUrl('poczta_polska', 'RR 123/456&x=1')
    expect(url).toBe('https://emonitoring.poczta-polska.pl/?numer=RR123%2F456%26x%3D1')
    expect(new URL(url).searchParams.get('numer')).toBe('RR123/456&x=1')
  })
})
