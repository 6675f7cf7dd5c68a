import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { openCsvRecords } from './csv-records.js'

const chunked = (text: string | Buffer, size: number) => {
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text)
  return Readable.from(
    (function* () {
      for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size)
    })(),
  )
}

async function readAll(text: string | Buffer, size = 7) {
  const source = await openCsvRecords(chunked(text, size))
  if (!source) return null
  const records = []
  for await (const chunk of source.chunks()) records.push(...chunk)
  return { source, records }
}

describe('openCsvRecords', () => {
  it('reads the header, detects the delimiter and numbers records by the line they end on', async () => {
    const result = await readAll(
      '\uFEFFsku;name\r\nA;"Kawa; ziarnista"\r\n\r\nB;"Opis\nw dwóch liniach"\r\nC;Herbata\r\n',
    )
    expect(result?.source.header).toEqual(['sku', 'name'])
    expect(result?.source.delimiter).toBe(';')
    expect(result?.records).toEqual([
      { line: 2, fields: ['A', 'Kawa; ziarnista'] },
      { line: 5, fields: ['B', 'Opis\nw dwóch liniach'] },
      { line: 6, fields: ['C', 'Herbata'] },
    ])
    expect(result?.source.bytesRead()).toBe(
      Buffer.byteLength(
        '\uFEFFsku;name\r\nA;"Kawa; ziarnista"\r\n\r\nB;"Opis\nw dwóch liniach"\r\nC;Herbata\r\n',
      ),
    )
  })

  it('reads tab-separated Windows-1250 text and keeps stray quotes inside fields', async () => {
    const text = Buffer.concat([
      Buffer.from('sku\tname\nA\t'),
      Buffer.from([0xa3, 0xf3, 0x64, 0x9f]), // "Łódź" in Windows-1250
      Buffer.from('\nB\t"bad"quote\nC\t12" pizza\nD\tok\n'),
    ])
    const result = await readAll(text, 5)
    expect(result?.source.delimiter).toBe('\t')
    expect(result?.source.encoding()).toBe('windows-1250')
    expect(result?.records).toEqual([
      { line: 2, fields: ['A', 'Łódź'] },
      { line: 3, fields: ['B', '"bad"quote'] },
      { line: 4, fields: ['C', '12" pizza'] },
      { line: 5, fields: ['D', 'ok'] },
    ])
  })

  it('stops at a field that runs past 1 MB (an unclosed quote) instead of buffering the file', async () => {
    const runaway = `sku,name\nA,ok\nB,"never closed\n${'C,x\n'.repeat(300_000)}`
    await expect(readAll(runaway, 64 * 1024)).rejects.toMatchObject({
      line: 3,
      message: expect.stringContaining('quote (") that is never closed'),
    })
  })

  it('returns null for an empty file and a header alone for a file without data', async () => {
    expect(await readAll('')).toBeNull()
    expect(await readAll('\n\n')).toBeNull()
    const headerOnly = await readAll('a,b,c')
    expect(headerOnly?.source.header).toEqual(['a', 'b', 'c'])
    expect(headerOnly?.records).toEqual([])
  })
})
