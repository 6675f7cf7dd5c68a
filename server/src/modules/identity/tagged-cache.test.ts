import { describe, expect, it } from 'vitest'
import { TaggedCache } from './tagged-cache.js'

describe('TaggedCache', () => {
  it('forgets entries after the TTL', () => {
    const cache = new TaggedCache<string>(1000)
    cache.set('a', 'x', [], 0)
    expect(cache.get('a', 999)).toBe('x')
    expect(cache.get('a', 1000)).toBeUndefined()
  })

  it('drops every entry carrying a changed identity’s tag, and only those', () => {
    const cache = new TaggedCache<string>(60_000)
    cache.set('s1', 'anna', ['session:1', 'user:anna', 'workspace:w1'], 0)
    cache.set('s2', 'anna again', ['session:2', 'user:anna', 'workspace:w2'], 0)
    cache.set('s3', 'piotr', ['session:3', 'user:piotr', 'workspace:w1'], 0)
    cache.invalidate({ kind: 'user', id: 'anna' })
    expect([cache.get('s1', 1), cache.get('s2', 1), cache.get('s3', 1)]).toEqual([
      undefined,
      undefined,
      'piotr',
    ])
    cache.invalidate({ kind: 'workspace', id: 'w1' })
    expect(cache.get('s3', 1)).toBeUndefined()
  })

  it('stays bounded by evicting the oldest entry', () => {
    const cache = new TaggedCache<number>(60_000, 2)
    cache.set('a', 1, [], 0)
    cache.set('b', 2, [], 0)
    cache.set('c', 3, [], 0)
    expect([cache.get('a', 1), cache.get('b', 1), cache.get('c', 1)]).toEqual([undefined, 2, 3])
  })
})
