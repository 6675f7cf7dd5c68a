import { describe, expect, it } from 'vitest'
import { PipelinedWriter } from './pipelined-writer.js'

const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

describe('PipelinedWriter', () => {
  it('runs writes one at a time, in order, while the caller goes on', async () => {
    const writer = new PipelinedWriter()
    const log: string[] = []
    const write = (name: string) => async () => {
      log.push(`start ${name}`)
      await tick()
      log.push(`end ${name}`)
    }
    await writer.submit(write('a'))
    log.push('prepared b')
    await writer.submit(write('b'))
    log.push('prepared c')
    await writer.drain()
    expect(log).toEqual(['start a', 'prepared b', 'end a', 'start b', 'prepared c', 'end b'])
  })

  it('surfaces a failed write at the next submit', async () => {
    const writer = new PipelinedWriter()
    await writer.submit(async () => {
      throw new Error('disk full')
    })
    await expect(writer.submit(async () => {})).rejects.toThrow('disk full')
  })
})
