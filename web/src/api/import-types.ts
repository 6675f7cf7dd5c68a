/** CSV import runs (`/imports`). */

/** What a CSV file holds. */
export type ImportKind = 'orders' | 'products'
/** A run's state; `finished` runs may still have refused rows. */
export type ImportStatus = 'running' | 'finished' | 'failed'

/** One rejected row: the file's line number, the column at fault and why. */
export interface ImportRowError {
  line: number
  column: string | null
  message: string
}

/** One import as `GET /imports/:id` shows it. */
export interface ImportRun {
  id: string
  kind: ImportKind
  fileName: string
  status: ImportStatus
  /** 0–100 from the bytes read of the file; null before the size is known. */
  percent: number | null
  bytesTotal?: number | null
  bytesRead?: number
  /** How many row errors the server kept (the list has the first 100). */
  errorsKept?: number
  rowsRead: number
  rowsImported: number
  rowsFailed: number
  errors: ImportRowError[]
  startedAt: string
  finishedAt: string | null
  startedBy?: string
}
