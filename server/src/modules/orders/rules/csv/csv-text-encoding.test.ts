import { describe, expect, it } from 'vitest'
import { CsvTextTranscoder } from './csv-text-encoding.js'

const WIN1250: Record<string, number> = {
  ł: 0xb3,
  ą: 0xb9,
  ś: 0x9c,
  ż: 0xbf,
  ź: 0x9f,
  ó: 0xf3,
  ę: 0xea,
  ć: 0xe6,
  Ł: 0xa3,
}

function windows1250(text: string): Buffer {
  return Buffer.from([...text].map((c) => WIN1250[c] ?? c.charCodeAt(0)))
}

function transcode(bytes: Buffer, chunkSize: number) {
  const transcoder = new CsvTextTranscoder()
  const out: Buffer[] = []
  for (let i = 0; i < bytes.length; i += chunkSize)
    out.push(...transcoder.push(bytes.subarray(i, i + chunkSize)))
  out.push(...transcoder.end())
  return { text: Buffer.concat(out).toString('utf8'), encoding: transcoder.encoding }
}

const TEXT = `sku;name\n${'A-1;plain ascii line\n'.repeat(40)}B-2;Łódź, żółta łódka, część\n`

describe('CsvTextTranscoder', () => {
  it.each([1, 2, 7, 64, 100_000])('passes UTF-8 through unchanged (chunks of %i bytes)', (size) => {
    const result = transcode(Buffer.from(TEXT, 'utf8'), size)
    expect(result).toEqual({ text: TEXT, encoding: 'utf-8' })
  })

  it.each([1, 3, 50, 100_000])('decodes Windows-1250 into UTF-8 (chunks of %i bytes)', (size) => {
    const result = transcode(windows1250(TEXT), size)
    expect(result).toEqual({ text: TEXT, encoding: 'windows-1250' })
  })

  it('keeps a UTF-8 BOM for the parser to strip and reads UTF-16LE with a BOM', () => {
    const bom = transcode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]), 5)
    expect(bom).toEqual({ text: `\uFEFF${TEXT}`, encoding: 'utf-8' })
    const wide = transcode(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]),
      3,
    )
    expect(wide).toEqual({ text: TEXT, encoding: 'utf-16le' })
  })

  it('decides at the end of a short file and leaves pure ASCII undecided', () => {
    expect(transcode(windows1250('a;b\nż;1\n'), 100)).toEqual({
      text: 'a;b\nż;1\n',
      encoding: 'windows-1250',
    })
    expect(transcode(Buffer.from('a;b\n1;2\n'), 3)).toEqual({ text: 'a;b\n1;2\n', encoding: null })
  })
})
