import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { Readable } from 'node:stream'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../../app.js'
import type { JobDefinition } from '../../../platform/jobs/job-queue.js'
import type { Runtime } from '../../../platform/runtime.js'
import { buildSession, type TestSession } from '../../../test/factories.js'
import { createTestRuntime } from '../../../test/test-runtime.js'
import { IMPORT_FILE_QUEUE, type ImportFileJobData, importFileJob } from '../jobs/import-file.js'
import { orderCsv } from '../service/import/order-csv-factory.js'
import { registerImportRoutes } from './import-routes.js'

const MAX_BYTES = 64 * 1024
let runtime: Runtime
let app: FastifyInstance
let admin: TestSession

beforeAll(async () => {
  const job: JobDefinition<ImportFileJobData> = {
    queue: IMPORT_FILE_QUEUE,
    retryLimit: 0,
    handle: (data, meta) => importFileJob(runtime).handle(data, meta),
  }
  runtime = await createTestRuntime({ jobs: [job as JobDefinition<never>] })
  // Only these routes, with a small upload limit, whatever the orders module registers itself.
  const modules = [
    ...runtime.modules.filter((m) => m.name !== 'orders'),
    {
      name: 'orders-import-test',
      migrations: () => [],
      routes: (scope: FastifyInstance, rt: Runtime) =>
        registerImportRoutes(scope, rt, { maxBytes: MAX_BYTES }),
    },
  ]
  app = await createApp({ ...runtime, modules }, { serveWeb: false })
  await app.ready()
  admin = await buildSession(runtime, app, { role: 'admin' })
})
afterAll(async () => {
  await app.close()
  await runtime.close()
})

const upload = (session: TestSession, body: string | Buffer | Readable, query = 'kind=orders') =>
  app.inject({
    method: 'POST',
    url: `/api/v1/imports?${query}&fileName=zamowienia.csv`,
    headers: { ...session.headers, 'content-type': 'text/csv; charset=utf-8' },
    payload: body,
  })

const uploads = () => path.join(runtime.config.dataDir, 'imports')
const leftovers = () => (fs.existsSync(uploads()) ? fs.readdirSync(uploads()) : [])

/** Takes this run's job off the queue as a worker would, runs it and completes it. */
async function runImportJob(runId: string) {
  const [job] = await runtime.jobs.boss.fetch<ImportFileJobData>(IMPORT_FILE_QUEUE, {
    includeMetadata: true,
  })
  expect(job?.data.runId).toBe(runId)
  await importFileJob(runtime).handle(job!.data, { id: job!.id, retryCount: 0 })
  await runtime.jobs.boss.complete(IMPORT_FILE_QUEUE, job!.id)
}

describe('import routes', () => {
  it('accepts a CSV with 202, imports it in a job and reports progress up to finished', async () => {
    const lines = orderCsv(40).split('\n')
    lines[3] = (lines[3] as string).replace(/;\d+,99;/, ';12,3,4;')
    const response = await upload(admin, lines.join('\n'))
    expect(response.statusCode).toBe(202)
    const { runId } = response.json() as { runId: string }
    const before = await app.inject({ url: `/api/v1/imports/${runId}`, headers: admin.headers })
    expect(before.json()).toMatchObject({
      id: runId,
      kind: 'orders',
      fileName: 'zamowienia.csv',
      status: 'running',
      percent: 0,
      rowsRead: 0,
    })
    expect(leftovers()).toEqual([`${runId}.csv`])

    await runImportJob(runId)
    const after = await app.inject({ url: `/api/v1/imports/${runId}`, headers: admin.headers })
    const rows = lines.filter((l) => l.trim() !== '').length - 1
    expect(after.json()).toMatchObject({
      status: 'finished',
      percent: 100,
      rowsRead: rows,
      rowsFailed: 2,
      rowsImported: rows - 2,
      errors: [
        {
          line: 4,
          column: 'item_unit_price',
          message: 'item_unit_price "12,3,4" is not an amount',
        },
        { line: 5, column: null, message: 'not imported: order T-3 has an error on line 4' },
      ],
    })
    expect(leftovers()).toEqual([])

    const list = await app.inject({ url: '/api/v1/imports', headers: admin.headers })
    expect((list.json() as { items: { id: string }[] }).items[0]?.id).toBe(runId)
    const report = await app.inject({
      url: `/api/v1/imports/${runId}/errors.csv`,
      headers: admin.headers,
    })
    expect(report.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(report.body.split('\r\n')[1]).toBe(
      '4,item_unit_price,"item_unit_price ""12,3,4"" is not an amount"',
    )
  })

  it('refuses a file over the limit with 413 whether or not its length is declared', async () => {
    const big = Buffer.alloc(MAX_BYTES + 1, 'a')
    const declared = await upload(admin, big)
    expect(declared.statusCode).toBe(413)
    expect(declared.json().error).toMatchObject({ code: 'payload_too_large' })
    expect(declared.json().error.message).toMatch(/^The file is larger than/)
    const streamed = await upload(
      admin,
      Readable.from(
        (function* () {
          for (let i = 0; i < 20; i++) yield Buffer.alloc(8 * 1024, 'b')
        })(),
      ),
    )
    expect(streamed.statusCode).toBe(413)
    expect(leftovers()).toEqual([])
  })

  it('answers 413 over a real socket while the client is still sending', async () => {
    await app.listen({ port: 0, host: '127.0.0.1' })
    const { port } = app.server.address() as AddressInfo
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/v1/imports?kind=orders',
          headers: { ...admin.headers, 'content-type': 'text/csv', 'transfer-encoding': 'chunked' },
        },
        (response) => {
          response.resume()
          resolve(response.statusCode ?? 0)
        },
      )
      request.on('error', reject)
      let sent = 0
      const pump = () => {
        while (sent < 4 * MAX_BYTES && request.write(Buffer.alloc(4096, 'a'))) sent += 4096
        if (sent < 4 * MAX_BYTES) request.once('drain', pump)
        else request.end()
      }
      pump()
    })
    expect(status).toBe(413)
    expect(leftovers()).toEqual([])
  })

  it('answers 400 naming the required columns a header lacks, and for an empty body', async () => {
    const response = await upload(
      admin,
      'numer_zamowienia;data_zamowienia;nazwa_produktu\nA;2024-03-05;Kawa\n',
    )
    expect(response.statusCode).toBe(400)
    expect(response.json().error).toMatchObject({
      code: 'missing_columns',
      details: { missing: ['item_unit_price'] },
    })
    expect(response.json().error.message).toContain('item_unit_price')
    const products = await upload(admin, 'nazwa;stan\nKawa;3\n', 'kind=products')
    expect(products.json().error.details).toEqual({ missing: ['sku'] })
    const empty = await upload(admin, '')
    expect(empty.statusCode).toBe(400)
    expect(empty.json().error.code).toBe('empty_file')
    expect(leftovers()).toEqual([])
  })

  it('lets agents watch imports but only admins start them', async () => {
    const agent = await buildSession(runtime, app, { role: 'agent' })
    const viewer = await buildSession(runtime, app, { role: 'viewer' })
    expect((await upload(agent, orderCsv(1))).statusCode).toBe(403)
    expect((await upload(viewer, orderCsv(1))).statusCode).toBe(403)
    expect((await app.inject({ url: '/api/v1/imports', headers: agent.headers })).statusCode).toBe(
      200,
    )
    expect((await app.inject({ url: '/api/v1/imports', headers: viewer.headers })).statusCode).toBe(
      403,
    )
  })

  it('refuses other media types and unknown runs', async () => {
    const json = await app.inject({
      method: 'POST',
      url: '/api/v1/imports?kind=orders',
      headers: { ...admin.headers, 'content-type': 'application/json' },
      payload: '{}',
    })
    expect(json.statusCode).toBe(415)
    const missing = await app.inject({
      url: '/api/v1/imports/00000000-0000-4000-8000-000000000000',
      headers: admin.headers,
    })
    expect(missing.statusCode).toBe(404)
  })
})
