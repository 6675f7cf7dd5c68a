import { describe, expect, it } from 'vitest'
import { normalizeEmail } from './email-address.js'
import { isNoReplyMailbox, isRelayEmail, RELAY_EMAIL_DOMAINS } from './relay-email.js'

describe('normalizeEmail', () => {
  it('trims and lower-cases, keeping the plus tag in the address', () => {
    expect(normalizeEmail('  Jan.Kowalski+Sklep@Onet.PL ')).toEqual({
      address: 'jan.kowalski+sklep@onet.pl',
      canonical: 'jan.kowalski@onet.pl',
    })
  })

  it('folds Gmail dots and googlemail.com only for Gmail', () => {
    expect(normalizeEmail('J.a.n+x@googlemail.com')?.canonical).toBe('jan@gmail.com')
    expect(normalizeEmail('jan.k@gmail.com')?.canonical).toBe('jank@gmail.com')
    // wp.pl treats dots as significant: two different mailboxes.
    expect(normalizeEmail('jan.k@wp.pl')?.canonical).toBe('jan.k@wp.pl')
  })

  it('keeps relay aliases whole, +tag included', () => {
    const allegro = 'hamu7udk3p+17454c1b6@allegromail.pl'
    expect(normalizeEmail(allegro)).toEqual({ address: allegro, canonical: allegro })
  })

  it('rejects text that is not an address', () => {
    for (const raw of [
      '',
      'jan',
      'jan@',
      '@onet.pl',
      'jan kowalski@onet.pl',
      'jan@localhost',
      'a@b@c.pl',
    ])
      expect(normalizeEmail(raw), raw).toBeNull()
  })

  it('accepts a mailto: prefix and leaves a tag-only local part whole', () => {
    expect(normalizeEmail('mailto:Ola@Example.com')?.address).toBe('ola@example.com')
    expect(normalizeEmail('+tag@example.com')?.canonical).toBe('+tag@example.com')
  })
})

describe('isRelayEmail', () => {
  it('recognises Allegro, Amazon, eBay and the (unverified) Kaufland relays', () => {
    expect(isRelayEmail('hamu7udk3p+17454c1b6@allegromail.pl')).toEqual({
      marketplace: 'allegro',
      shared: false,
    })
    for (const tld of ['de', 'pl', 'co.uk', 'com', 'fr', 'com.tr', 'co.jp'])
      expect(isRelayEmail(`kr3b15szg6bmv7w@marketplace.amazon.${tld}`)?.marketplace, tld).toBe(
        'amazon',
      )
    expect(isRelayEmail('63ae59ac280fe0fa69@members.ebay.com')?.marketplace).toBe('ebay')
    expect(isRelayEmail('tees55_lq3127sc@members.ebay.co.uk')?.marketplace).toBe('ebay')
    expect(isRelayEmail('x7y8@kaufland-marketplace.de')?.marketplace).toBe('kaufland')
  })

  it('does not mistake look-alike or ordinary domains for relays', () => {
    for (const address of [
      'jan@allegro.pl',
      'jan@notallegromail.pl',
      'jan@allegromail.pl.evil.com',
      'seller@amazon.de',
      'jan@marketplace.amazon.de.example.com',
      'buyer@dev.com',
      'jan@ebay.com',
      'jan@gmail.com',
    ])
      expect(isRelayEmail(address), address).toBeNull()
  })

  it('flags Amazon Business no-reply buyer addresses as shared', () => {
    expect(isRelayEmail('no-reply-amazon-iba-buyer@marketplace.amazon.it')).toEqual({
      marketplace: 'amazon',
      shared: true,
    })
    expect(isNoReplyMailbox('noreply@shop.pl')).toBe(true)
    expect(isNoReplyMailbox('do-not-reply@shop.pl')).toBe(true)
    expect(isNoReplyMailbox('noreen@shop.pl')).toBe(false)
  })

  it('documents a source for every domain and marks the unverified one', () => {
    for (const entry of RELAY_EMAIL_DOMAINS) expect(entry.source.length).toBeGreaterThan(20)
    expect(RELAY_EMAIL_DOMAINS.filter((d) => !d.verified).map((d) => d.marketplace)).toEqual([
      'kaufland',
    ])
    // eMAG documents no relay; we do not invent one.
    expect(RELAY_EMAIL_DOMAINS.some((d) => d.marketplace === 'emag')).toBe(false)
  })
})
