import { describe, expect, it } from 'vitest'
import { customerEvents, showsReturnAddress } from './customer-view.js'
import { checkPhoto, cleanFileName, MAX_PHOTO_BYTES } from './photo-limits.js'

const at = (minutes: number) => new Date(Date.UTC(2026, 4, 1, 10, minutes))

describe('customerEvents', () => {
  it('shows milestones and the customer’s own steps, newest first, and hides agents’ notes', () => {
    const shown = customerEvents([
      { action: 'opened', actorType: 'customer', note: 'Za mały', createdAt: at(0) },
      { action: 'file_added', actorType: 'customer', note: null, createdAt: at(1) },
      { action: 'note', actorType: 'agent', note: 'Klient marudzi', createdAt: at(2) },
      { action: 'reminder_sent', actorType: 'system', note: null, createdAt: at(3) },
      { action: 'accepted', actorType: 'agent', note: 'Wewnętrzne', createdAt: at(4) },
      { action: 'file_added', actorType: 'customer', note: null, createdAt: at(0) },
    ])
    expect(shown).toEqual([
      { action: 'accepted', note: null, createdAt: at(4) },
      { action: 'photo', note: null, createdAt: at(1) },
      { action: 'photo', note: null, createdAt: at(0) },
      { action: 'opened', note: 'Za mały', createdAt: at(0) },
    ])
  })
})

describe('showsReturnAddress', () => {
  const open = {
    kind: 'withdrawal' as const,
    status: 'new' as const,
    decision: null,
    engineDecision: 'accept' as const,
    itemRequested: false,
  }
  it('shows the address for an eligible withdrawal, an accepted case or a requested item', () => {
    expect(showsReturnAddress(open)).toBe(true)
    expect(showsReturnAddress({ ...open, kind: 'complaint' })).toBe(false)
    expect(showsReturnAddress({ ...open, kind: 'complaint', itemRequested: true })).toBe(true)
    expect(showsReturnAddress({ ...open, kind: 'complaint', decision: 'accepted' })).toBe(true)
    expect(showsReturnAddress({ ...open, engineDecision: 'refuse' })).toBe(false)
    expect(showsReturnAddress({ ...open, decision: 'refused' })).toBe(false)
  })
})

describe('checkPhoto', () => {
  it('knows JPEG, PNG and WebP by their bytes, whatever the name says', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2])
    const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')])
    expect(checkPhoto(Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0]))).toEqual({
      ok: true,
      contentType: 'image/jpeg',
    })
    expect(checkPhoto(png)).toEqual({ ok: true, contentType: 'image/png' })
    expect(checkPhoto(webp)).toEqual({ ok: true, contentType: 'image/webp' })
    expect(checkPhoto(Buffer.from('GIF89a....'))).toEqual({ ok: false, issue: 'photo_type' })
    expect(checkPhoto(Buffer.from('<svg onload=alert(1)>'))).toEqual({
      ok: false,
      issue: 'photo_type',
    })
  })

  it('refuses a photo over 8 MB', () => {
    const big = Buffer.alloc(MAX_PHOTO_BYTES + 1)
    big.set([0xff, 0xd8, 0xff])
    expect(checkPhoto(big)).toEqual({ ok: false, issue: 'photo_too_large' })
  })
})

describe('cleanFileName', () => {
  it('keeps the base name without control characters, or names the photo by its type', () => {
    expect(cleanFileName('C:\\Users\\kasia\\IMG_0001.JPG', 'image/jpeg')).toBe('IMG_0001.JPG')
    expect(cleanFileName('../../etc/pass\nwd', 'image/png')).toBe('passwd')
    expect(cleanFileName('', 'image/webp')).toBe('photo.webp')
  })
})
