/** Encodings an import reads; everything else is passed on as UTF-8. */
export type CsvEncoding = 'utf-8' | 'windows-1250' | 'utf-16le'

// Enough bytes after the first non-ASCII one to tell a UTF-8 sequence from Windows-1250 text.
const WINDOW = 4096
const MIN_WINDOW = 64

/**
 * Turns a CSV file's bytes into UTF-8 as they stream, deciding the encoding on the way: a UTF-8
 * BOM means UTF-8, a UTF-16LE BOM (Excel's "Unicode text") UTF-16LE; otherwise the bytes after
 * the first non-ASCII byte are checked — valid UTF-8 stays UTF-8, anything else is read as
 * Windows-1250 (what Polish Windows and old Excel write, WHATWG Encoding Standard). ASCII is the
 * same in all of them, so it flows through before the decision.
 */
export class CsvTextTranscoder {
  encoding: CsvEncoding | null = null
  private held: Buffer | null = null
  private decoder: TextDecoder | null = null
  private started = false

  /** UTF-8 bytes for the next input chunk (possibly none while undecided). */
  push(chunk: Buffer): Buffer[] {
    const data = this.held ? Buffer.concat([this.held, chunk]) : chunk
    this.held = null
    return this.convert(data, false)
  }

  /** The remaining UTF-8 bytes at the end of input. */
  end(): Buffer[] {
    const data = this.held ?? Buffer.alloc(0)
    this.held = null
    const out = this.convert(data, true)
    if (this.decoder) {
      const rest = this.decoder.decode()
      if (rest) out.push(Buffer.from(rest, 'utf8'))
    }
    return out
  }

  private convert(data: Buffer, last: boolean): Buffer[] {
    if (!this.started) {
      if (data.length < 3 && !last) return this.hold(data)
      this.started = true
      if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) this.decide('utf-8')
      else if (data[0] === 0xff && data[1] === 0xfe) this.decide('utf-16le')
    }
    if (this.encoding === 'utf-8') return data.length ? [data] : []
    if (this.encoding) return this.decoded(data)
    const first = firstNonAscii(data)
    if (first < 0) return data.length ? [data] : []
    if (data.length - first < MIN_WINDOW && !last)
      return [data.subarray(0, first), ...this.hold(data.subarray(first))].filter((b) => b.length)
    this.decide(isUtf8(data.subarray(first, first + WINDOW)) ? 'utf-8' : 'windows-1250')
    return this.encoding === 'utf-8'
      ? [data]
      : [data.subarray(0, first), ...this.decoded(data.subarray(first))]
  }

  private decide(encoding: CsvEncoding): void {
    this.encoding = encoding
    if (encoding !== 'utf-8') this.decoder = new TextDecoder(encoding)
  }

  private decoded(data: Buffer): Buffer[] {
    const text = (this.decoder as TextDecoder).decode(data, { stream: true })
    return text ? [Buffer.from(text, 'utf8')] : []
  }

  private hold(data: Buffer): Buffer[] {
    this.held = Buffer.from(data)
    return []
  }
}

function firstNonAscii(data: Buffer): number {
  for (let i = 0; i < data.length; i++) if ((data[i] as number) >= 0x80) return i
  return -1
}

function isUtf8(bytes: Buffer): boolean {
  try {
    // `stream: true` tolerates a sequence cut off at the end of the window.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true })
    return true
  } catch {
    return false
  }
}
