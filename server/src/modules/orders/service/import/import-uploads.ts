import { createWriteStream } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { mapCsvHeader, ORDER_CSV_COLUMNS, PRODUCT_CSV_COLUMNS } from '../../rules/csv/index.js'
import { openCsvRecords } from './csv-records.js'

/** Uploads above this many bytes are refused (a CSV of ~1.5 million order lines). */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024

/** Raised when an upload is larger than allowed; nothing of it is kept. */
export class UploadTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    const mb = maxBytes / 1024 / 1024
    super(
      `The file is larger than ${mb >= 1 ? `${Math.round(mb)} MB` : `${Math.ceil(maxBytes / 1024)} KB`}.`,
    )
  }
}

/** Where an uploaded CSV waits for its import job: `<dataDir>/imports/<run id>.csv`. */
export function importUploadPath(dataDir: string, runId: string): string {
  if (!/^[0-9a-f-]{36}$/.test(runId)) throw new Error('Bad import run id')
  return path.join(dataDir, 'imports', `${runId}.csv`)
}

/**
 * Streams an upload to `file` (via a temporary name and a rename, so a half-written file is
 * never seen) and returns its size. Past `maxBytes` it stops writing, removes what it wrote
 * and throws, leaving the request open so that the caller can still answer 413.
 */
export async function storeImportUpload(
  body: NodeJS.ReadableStream,
  file: string,
  maxBytes: number,
): Promise<number> {
  await fs.mkdir(path.dirname(file), { recursive: true })
  const temp = `${file}.part`
  const out = createWriteStream(temp)
  let size = 0
  try {
    await new Promise<void>((resolve, reject) => {
      const stop = (error: Error) => {
        body.removeListener('data', onData)
        body.removeListener('end', onEnd)
        // The rest of the body is read and dropped; the reply closes the connection.
        body.resume()
        reject(error)
      }
      const onData = (chunk: Buffer) => {
        size += chunk.length
        if (size > maxBytes) return stop(new UploadTooLargeError(maxBytes))
        if (!out.write(chunk)) {
          body.pause()
          out.once('drain', () => body.resume())
        }
      }
      const onEnd = () => out.end(resolve)
      body.on('data', onData)
      body.once('end', onEnd)
      body.once('error', stop)
      out.once('error', stop)
    })
    await fs.rename(temp, file)
    return size
  } catch (error) {
    out.destroy()
    await fs.rm(temp, { force: true })
    throw error
  }
}

/** The header check an upload gets before it is queued: which required columns are missing. */
export async function inspectCsvHeader(
  input: AsyncIterable<Buffer>,
  kind: 'orders' | 'products',
): Promise<{ missing: string[]; ignored: string[] } | null> {
  const source = await openCsvRecords(input)
  if (!source) return null
  await source.close()
  const header = mapCsvHeader<string>(
    kind === 'orders' ? ORDER_CSV_COLUMNS : PRODUCT_CSV_COLUMNS,
    source.header,
  )
  return { missing: header.missing, ignored: header.ignored }
}
