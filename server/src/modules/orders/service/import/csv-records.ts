import { type CsvError, type InfoRecord, parse } from 'csv-parse'
import {
  type CsvDelimiter,
  type CsvEncoding,
  CsvTextTranscoder,
  detectDelimiter,
} from '../../rules/csv/index.js'

/** One data record with the file line it ends on; `fields` is null for a line that is not CSV. */
export interface CsvRecord {
  line: number
  fields: string[] | null
  problem?: string
}

/** An opened CSV file: its header, how it was read, and its records as they stream. */
export interface CsvRecordStream {
  header: string[]
  delimiter: CsvDelimiter
  encoding(): CsvEncoding | null
  /** Bytes of the input consumed so far (for progress). */
  bytesRead(): number
  /** Records in file order, one input chunk's worth at a time. */
  chunks(): AsyncGenerator<CsvRecord[]>
  /** Stops reading early (the input is released). */
  close(): Promise<void>
}

/** The file cannot be read on from some line: a quoted field that never closes. */
export class CsvFileError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message)
  }
}

// A header line longer than this is not a header (binary or a runaway quote).
const MAX_HEADER_BYTES = 1024 * 1024
// A record (one order line) larger than this is refused rather than buffered without end.
const MAX_RECORD_BYTES = 1024 * 1024

/**
 * Opens a CSV byte stream without holding it: decodes it (UTF-8, Windows-1250 or UTF-16LE),
 * detects the delimiter from the header line and parses with csv-parse, whose records arrive
 * synchronously per chunk through `on_record` (no per-record stream hop). Returns null for an
 * empty file. A line csv-parse cannot read is reported as such; a record past 1 MB (an
 * unclosed quote swallowing the rest of the file) stops reading with a CsvFileError.
 */
export async function openCsvRecords(
  input: AsyncIterable<Buffer | Uint8Array | string>,
): Promise<CsvRecordStream | null> {
  const source = input[Symbol.asyncIterator]()
  const transcoder = new CsvTextTranscoder()
  let bytes = 0
  let ended = false
  const nextText = async (): Promise<Buffer[]> => {
    for (;;) {
      const step = await source.next()
      if (step.done) {
        ended = true
        return transcoder.end()
      }
      const value = step.value
      const chunk = Buffer.isBuffer(value)
        ? value
        : typeof value === 'string'
          ? Buffer.from(value)
          : Buffer.from(value.buffer, value.byteOffset, value.byteLength)
      bytes += chunk.length
      const out = transcoder.push(chunk)
      if (out.length > 0) return out
    }
  }

  const head: Buffer[] = []
  let headBytes = 0
  while (!ended && !head.some((b) => b.includes(0x0a)) && headBytes < MAX_HEADER_BYTES) {
    const out = await nextText()
    head.push(...out)
    headBytes += out.reduce((n, b) => n + b.length, 0)
  }
  const headText = Buffer.concat(head).toString('utf8')
  const delimiter = detectDelimiter(headText.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '')

  const records: CsvRecord[] = []
  let failure: Error | null = null
  let broken: CsvFileError | null = null
  let lastLine = 0
  const parser = parse({
    delimiter,
    bom: true,
    relax_column_count: true,
    // A quote inside a field (`12" pizza`, `"bad"quote`) is kept, not fatal to the rest.
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: MAX_RECORD_BYTES,
    on_record: (fields: string[], info: InfoRecord) => {
      records.push({ line: info.lines, fields })
      lastLine = info.lines
      return null
    },
    on_skip: (error: CsvError | undefined) => {
      const line = (error as { lines?: number } | undefined)?.lines ?? 0
      if (error?.code === 'CSV_MAX_RECORD_SIZE')
        broken ??= new CsvFileError(
          lastLine + 1,
          `The record starting at line ${lastLine + 1} runs past 1 MB: probably a quote (") that is never closed. The rows before it were imported; fix the file and import it again.`,
        )
      else {
        records.push({ line, fields: null, problem: error?.message ?? 'unreadable' })
        lastLine = line
      }
      return undefined
    },
  })
  parser.on('error', (error) => {
    failure = error
  })
  const write = (chunks: Buffer[]) => {
    for (const chunk of chunks) parser.write(chunk)
    if (failure) throw failure
    if (broken) throw broken
  }
  let finished: Promise<void> | null = null
  const finish = () => {
    finished ??= new Promise<void>((resolve, reject) => {
      parser.once('finish', resolve)
      parser.once('error', reject)
      parser.end()
    })
    return finished
  }

  write(head)
  while (records.length === 0 && !ended) write(await nextText())
  if (records.length === 0) await finish()
  const first = records.shift()
  if (!first) {
    parser.destroy()
    await source.return?.()
    return null
  }
  return {
    header: first.fields ?? [],
    delimiter,
    encoding: () => transcoder.encoding,
    bytesRead: () => bytes,
    async *chunks() {
      for (;;) {
        if (records.length > 0) yield records.splice(0, records.length)
        if (ended) break
        write(await nextText())
      }
      await finish()
      if (records.length > 0) yield records.splice(0, records.length)
      parser.destroy()
    },
    async close() {
      parser.destroy()
      await source.return?.()
    },
  }
}
