import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { AppError, badRequest, notFound } from '../../../platform/http/errors.js'
import { scopeOf } from '../../../platform/http/request-context.js'
import {
  ErrorSchema,
  errorResponses,
  NullableString,
  StringEnum,
  Uuid,
} from '../../../platform/http/schema-types.js'
import type { Runtime } from '../../../platform/runtime.js'
import { IMPORT_FILE_QUEUE, type ImportFileJobData } from '../jobs/import-file.js'
import { missingColumnsMessage } from '../service/import/import-csv.js'
import {
  getImportRun,
  importErrorsCsv,
  listImportRuns,
} from '../service/import/import-run-reads.js'
import { startImportRun } from '../service/import/import-run-writes.js'
import {
  importUploadPath,
  inspectCsvHeader,
  MAX_IMPORT_BYTES,
  storeImportUpload,
  UploadTooLargeError,
} from '../service/import/import-uploads.js'

const RowError = Type.Object({
  line: Type.Integer(),
  column: NullableString(),
  message: Type.String(),
})

/** An import run as the API shows it (progress, counters, first errors). */
const ImportRunSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  kind: StringEnum(['orders', 'products']),
  fileName: Type.String(),
  status: StringEnum(['running', 'finished', 'failed']),
  percent: Type.Unsafe<number | null>({ type: ['integer', 'null'] }),
  bytesTotal: Type.Unsafe<number | null>({ type: ['integer', 'null'] }),
  bytesRead: Type.Integer(),
  rowsRead: Type.Integer(),
  rowsImported: Type.Integer(),
  rowsFailed: Type.Integer(),
  errorsKept: Type.Integer(),
  errors: Type.Array(RowError),
  startedBy: Type.String(),
  startedAt: Type.String({ format: 'date-time' }),
  finishedAt: NullableString({ format: 'date-time' }),
})

/** Query of an upload: what the file holds and what to call it. */
const ImportUploadQuery = Type.Object(
  {
    kind: StringEnum(['orders', 'products']),
    fileName: Type.Optional(Type.String({ minLength: 1, maxLength: 255 })),
  },
  { additionalProperties: false },
)

// Browsers label .csv files text/csv, or application/vnd.ms-excel on Windows with Office.
const CSV_TYPES = [
  'text/csv',
  'application/csv',
  'application/vnd.ms-excel',
  'application/octet-stream',
]

const tooLarge = (maxBytes: number) =>
  new AppError(
    413,
    'payload_too_large',
    `${new UploadTooLargeError(maxBytes).message} Split it into smaller files (rows of one order together) or import it with \`aftersale import\` on the server.`,
  )

/**
 * CSV imports over HTTP: the raw file as the body (no multipart), stored under the data dir
 * and imported by the `orders.import-file` job; progress and the error report are read back.
 */
export function registerImportRoutes(
  app: FastifyInstance,
  runtime: Runtime,
  options: { maxBytes?: number } = {},
) {
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES
  app.register(async (scoped) => {
    // Only CSV bodies, kept as a stream: the route writes them to disk without buffering.
    scoped.removeAllContentTypeParsers()
    scoped.addContentTypeParser(CSV_TYPES, (_request, payload, done) => done(null, payload))
    scoped.post(
      '/api/v1/imports',
      {
        config: { minRole: 'admin' },
        schema: {
          tags: ['orders'],
          summary: 'Upload a CSV of orders or products (raw body) to import in the background',
          consumes: CSV_TYPES,
          querystring: ImportUploadQuery,
          response: {
            202: Type.Object({ runId: Uuid }),
            413: ErrorSchema,
            ...errorResponses,
          },
        },
      },
      async (request, reply) => {
        const { kind, fileName = `${kind}.csv` } = request.query as {
          kind: 'orders' | 'products'
          fileName?: string
        }
        if (Number(request.headers['content-length'] ?? 0) > maxBytes) throw tooLarge(maxBytes)
        const runId = randomUUID()
        const file = importUploadPath(runtime.config.dataDir, runId)
        let size: number
        try {
          size = await storeImportUpload(request.body as NodeJS.ReadableStream, file, maxBytes)
        } catch (error) {
          if (error instanceof UploadTooLargeError) {
            reply.header('connection', 'close')
            throw tooLarge(maxBytes)
          }
          throw error
        }
        try {
          const header = size > 0 ? await inspectCsvHeader(fs.createReadStream(file), kind) : null
          if (!header)
            throw badRequest('empty_file', 'The file is empty: send the CSV as the request body.')
          if (header.missing.length > 0)
            throw badRequest('missing_columns', missingColumnsMessage(header.missing), {
              missing: header.missing,
            })
          const scope = scopeOf(request)
          await runtime.inWorkspace(scope, async (ctx) => {
            await startImportRun(ctx, { id: runId, kind, fileName, bytesTotal: size })
            const data: Omit<ImportFileJobData, 'workspaceId'> = {
              runId,
              kind,
              fileName,
              actor: scope.actor,
            }
            await ctx.jobs.send(ctx, IMPORT_FILE_QUEUE, { ...data })
          })
        } catch (error) {
          await fs.promises.rm(file, { force: true })
          throw error
        }
        return reply.status(202).send({ runId })
      },
    )
  })

  app.get(
    '/api/v1/imports',
    {
      config: { minRole: 'agent' },
      schema: {
        tags: ['orders'],
        summary: 'The latest 20 imports, newest first',
        response: { 200: Type.Object({ items: Type.Array(ImportRunSchema) }), ...errorResponses },
      },
    },
    async (request) => ({
      items: await runtime.inWorkspace(scopeOf(request), (ctx) => listImportRuns(ctx, 20)),
    }),
  )

  app.get(
    '/api/v1/imports/:id',
    {
      config: { minRole: 'agent' },
      schema: {
        tags: ['orders'],
        summary: "An import's progress and its first 100 row errors",
        params: Type.Object({ id: Uuid }),
        response: { 200: ImportRunSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string }
      const run = await runtime.inWorkspace(scopeOf(request), (ctx) => getImportRun(ctx, id, 100))
      if (!run) throw notFound('The import')
      return run
    },
  )

  app.get(
    '/api/v1/imports/:id/errors.csv',
    {
      config: { minRole: 'agent' },
      schema: {
        tags: ['orders'],
        summary: "An import's row errors (the first 1,000) as CSV: line,column,message",
        params: Type.Object({ id: Uuid }),
        response: errorResponses,
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string }
      const csv = await runtime.inWorkspace(scopeOf(request), (ctx) => importErrorsCsv(ctx, id))
      if (csv === null) throw notFound('The import')
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="import-${id}-errors.csv"`)
        .send(csv)
    },
  )
}
