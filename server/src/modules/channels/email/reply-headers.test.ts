import { describe, expect, it } from 'vitest'
import { replyMessageId, replyReferences, replySubject } from './reply-headers.js'

describe('replySubject', () => {
  it.each([
    ['Where is my parcel?', 'Re: Where is my parcel?'],
    ['Re: Where is my parcel?', 'Re: Where is my parcel?'],
    ['RE: shouting', 'RE: shouting'],
    ['AW: Bestellung 123456', 'AW: Bestellung 123456'],
    ['Odp: Zamówienie 4711', 'Odp: Zamówienie 4711'],
    ['Re[2]: again', 'Re[2]: again'],
    ['Fwd: forwarded', 'Re: Fwd: forwarded'],
    ['Regarding order 5', 'Re: Regarding order 5'],
    ['Line\r\nBcc: injected@example.test', 'Re: Line Bcc: injected@example.test'],
    ['', 'Re:'],
    [null, 'Re:'],
  ])('%j becomes %j', (subject, expected) => {
    expect(replySubject(subject)).toBe(expected)
  })
})

describe('replyMessageId', () => {
  it('is derived from the message id and the sender domain', () => {
    const id = '0b5d6a1c-7f44-4a7e-9a55-3f1f1c2d9e10'
    expect(replyMessageId(id, 'Sklep@Shop.Example.test')).toBe(
      `<aftersale.${id}@shop.example.test>`,
    )
    expect(replyMessageId(id, 'sklep@shop.test')).toBe(replyMessageId(id, 'sklep@shop.test'))
  })

  it('hashes ids that are not safe in a header', () => {
    expect(replyMessageId('a b<c>', 'x@shop.test')).toMatch(
      /^<aftersale\.[0-9a-f]{40}@shop\.test>$/,
    )
    expect(replyMessageId('m1', 'broken address')).toBe('<aftersale.m1@aftersale.invalid>')
  })
})

describe('replyReferences', () => {
  it('ends with the message replied to, without repeats', () => {
    expect(replyReferences(['<a@x>', '<b@x>'], '<b@x>')).toEqual(['<a@x>', '<b@x>'])
    expect(replyReferences(['<a@x>'], '<c@x>')).toEqual(['<a@x>', '<c@x>'])
    expect(replyReferences(['<b@x>', '<a@x>'], '<b@x>')).toEqual(['<a@x>', '<b@x>'])
    expect(replyReferences([], null)).toEqual([])
    expect(replyReferences(['not an id', '<a@x>'], null)).toEqual(['<a@x>'])
  })

  it('keeps the root and the newest ids of a long thread', () => {
    const ids = Array.from({ length: 40 }, (_, index) => `<m${index}@x>`)
    const references = replyReferences(ids.slice(0, -1), ids.at(-1)!)
    expect(references).toHaveLength(20)
    expect(references[0]).toBe('<m0@x>')
    expect(references.at(-1)).toBe('<m39@x>')
  })
})
