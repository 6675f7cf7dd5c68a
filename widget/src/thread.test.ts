import { describe, expect, it } from 'vitest'
import { newClientId, Thread } from './thread.js'

const server = (id: string, text: string, direction: 'inbound' | 'outbound' = 'inbound') => ({
  id,
  direction,
  authorName: direction === 'outbound' ? 'Anna' : 'Jan',
  text,
  sentAt: new Date().toISOString(),
})

describe('Thread', () => {
  it('shows own messages at once and marks them sent, failed and retried', () => {
    const thread = new Thread()
    thread.addOwn('c1', 'Hej')
    expect(thread.items[0]).toMatchObject({ delivery: 'sending', id: null })
    thread.mark('c1', 'failed')
    expect(thread.items[0]?.delivery).toBe('failed')
    thread.confirm('c1', 'm1')
    expect(thread.items[0]).toMatchObject({ delivery: 'sent', id: 'm1', key: 'c1' })
  })

  it('never shows a message twice, whichever of the stream and the POST answer comes first', () => {
    const streamFirst = new Thread()
    streamFirst.addOwn('c1', 'Hej')
    expect(streamFirst.merge([server('m1', 'Hej')])).toEqual([])
    streamFirst.confirm('c1', 'm1')
    expect(streamFirst.items).toHaveLength(1)

    const postFirst = new Thread()
    postFirst.addOwn('c1', 'Hej')
    postFirst.confirm('c1', 'm1')
    postFirst.merge([server('m1', 'Hej'), server('m2', 'Dzień dobry!', 'outbound')])
    expect(postFirst.items.map((i) => i.id)).toEqual(['m1', 'm2'])
  })

  it('keeps history on reload merges', () => {
    const thread = new Thread()
    const history = [server('m1', 'a'), server('m2', 'b', 'outbound')]
    expect(thread.merge(history)).toHaveLength(2)
    expect(thread.merge(history)).toHaveLength(0)
  })

  it('makes client ids the server accepts', () => {
    expect(newClientId()).toMatch(/^[A-Za-z0-9_-]{8,64}$/)
    expect(newClientId()).not.toBe(newClientId())
  })
})
