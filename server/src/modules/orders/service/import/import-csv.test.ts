import { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../../../../platform/context.js'
import type { Runtime } from '../../../../platform/runtime.js'
import { buildUser } from '../../../../test/factories.js'
import { createTestRuntime } from '../../../../test/test-runtime.js'
import { importCsv } from './import-csv.js'
import { getImportRun, importErrorsCsv } from './import-run-reads.js'
import type { ImportCsvOptions, ImportSummary } from './import-summary.js'
import { orderCsv } from './order-csv-factory.js'

let runtime: Runtime
beforeAll(async () => {
  runtime = await createTestRuntime()
})
afterAll(() => runtime.close())

async function workspace() {
  return (await buildUser(runtime)).workspaceId
}

/** Streams `content` in small chunks, as a file or request body arrives. */
function stream(content: string | Buffer, chunkSize = 4096): Readable {
  const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8')
  return Readable.from(
    (function* () {
      for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize)
    })(),
  )
}

function run(workspaceId: string, content: string | Buffer, extra: Partial<ImportCsvOptions> = {}) {
  return importCsv(runtime, {
    workspaceId,
    actor: systemActor('import test'),
    kind: 'orders',
    input: stream(content),
    fileName: 'orders.csv',
    bytesTotal: Buffer.byteLength(content),
    ...extra,
  })
}

const count = (workspaceId: string, table: 'orders' | 'orderItems' | 'products') =>
  runtime.asSystem({ workspaceId, actor: systemActor() }, async (ctx) => {
    const row = await ctx.trx
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('workspaceId', '=', workspaceId)
      .executeTakeFirstOrThrow()
    return Number(row.n)
  })

describe('importCsv (orders)', () => {
  it('imports 2,500 orders in batches, one transaction each, and a re-import changes nothing', async () => {
    const workspaceId = await workspace()
    const csv = orderCsv(2500)
    const lines = csv.trim().split('\n').length - 1
    const progress: ImportSummary[] = []
    const first = await run(workspaceId, csv, {
      batchSize: 1000,
      onProgress: (s) => progress.push(s),
    })
    expect(first).toMatchObject({
      status: 'finished',
      fatal: null,
      rowsRead: lines,
      rowsImported: lines,
      rowsFailed: 0,
      created: 2500,
      updated: 0,
      unchanged: 0,
      delimiter: ';',
      bytesRead: Buffer.byteLength(csv),
    })
    // Three batches of up to 1,000 orders (on a server each is written in two parts).
    expect(first.batches).toBeGreaterThanOrEqual(3)
    expect(progress).toHaveLength(first.batches)
    expect(progress.map((p) => p.created).at(-1)).toBe(2500)
    expect(progress.filter((p) => p.created >= 1000).length).toBeGreaterThan(0)
    expect(progress.map((p) => p.bytesRead)).toEqual(
      [...progress.map((p) => p.bytesRead)].sort((a, b) => a - b),
    )
    expect(await count(workspaceId, 'orders')).toBe(2500)
    expect(await count(workspaceId, 'orderItems')).toBe(lines)

    const again = await run(workspaceId, csv, { batchSize: 1000 })
    expect(again).toMatchObject({ status: 'finished', created: 0, updated: 0, unchanged: 2500 })
    expect(again.rowsImported).toBe(lines)
    expect(await count(workspaceId, 'orders')).toBe(2500)
    expect(await count(workspaceId, 'orderItems')).toBe(lines)

    const view = await runtime.inWorkspace({ workspaceId, actor: systemActor() }, (ctx) =>
      getImportRun(ctx, first.runId),
    )
    expect(view).toMatchObject({
      status: 'finished',
      percent: 100,
      rowsRead: lines,
      rowsImported: lines,
      rowsFailed: 0,
      errors: [],
    })
    const events = await runtime.asSystem({ workspaceId, actor: systemActor() }, (ctx) =>
      ctx.trx
        .selectFrom('domainEvents')
        .select(['name', 'entityId', 'changes'])
        .where('workspaceId', '=', workspaceId)
        .where('name', 'like', 'orders.%')
        .orderBy('id')
        .execute(),
    )
    expect(events.map((e) => [e.name, e.entityId])).toEqual([
      ['orders.import.finished', first.runId],
      ['orders.import.finished', again.runId],
    ])
  }, 120_000)

  it('stores amounts, dates in the workspace zone, lines and the buyer as a customer', async () => {
    const workspaceId = await workspace()
    const summary = await run(
      workspaceId,
      [
        'Numer zamówienia,Data zamówienia,Status,E-mail kupującego,Nazwa produktu,Ilość,Cena,Koszt dostawy,Numer przesyłki,Przewoźnik',
        'KK-1,2024-07-15 10:00,wysłane,jan@wp.pl,Kawa,2,"1 234,50","12,99",620000000000000000000000,InPost',
        'KK-1,,,,Młynek,1,"149,00",,,',
      ].join('\r\n'),
    )
    expect(summary).toMatchObject({
      status: 'finished',
      created: 1,
      rowsImported: 2,
      delimiter: ',',
    })
    const order = await runtime.asSystem({ workspaceId, actor: systemActor() }, async (ctx) => {
      const row = await ctx.trx
        .selectFrom('orders')
        .selectAll()
        .where('workspaceId', '=', workspaceId)
        .executeTakeFirstOrThrow()
      const items = await ctx.trx
        .selectFrom('orderItems')
        .select(['lineNo', 'name', 'quantity', 'unitPriceMinor'])
        .where('orderId', '=', row.id)
        .orderBy('lineNo')
        .execute()
      const parcels = await ctx.trx
        .selectFrom('shipments')
        .select(['carrier', 'trackingNumber'])
        .where('orderId', '=', row.id)
        .execute()
      return { row, items, parcels }
    })
    expect(order.row).toMatchObject({
      source: 'csv',
      externalId: 'KK-1',
      status: 'shipped',
      currency: 'PLN',
      itemsMinor: '261800',
      shippingMinor: '1299',
      totalMinor: '263099',
    })
    expect(order.row.customerId).toMatch(/^[0-9a-f-]{36}$/)
    expect(order.row.placedAt.toISOString()).toBe('2024-07-15T08:00:00.000Z')
    expect(
      order.items.map((i) => [i.lineNo, i.name, i.quantity, Number(i.unitPriceMinor)]),
    ).toEqual([
      [1, 'Kawa', 2, 123450],
      [2, 'Młynek', 1, 14900],
    ])
    expect(order.parcels).toEqual([
      { carrier: 'inpost', trackingNumber: '620000000000000000000000' },
    ])
  })

  it('rejects only the order with a bad line and reports its lines by number', async () => {
    const workspaceId = await workspace()
    const csv = orderCsv(6).split('\n')
    // Line numbers count the header as line 1; T-3 spans lines 4 and 5.
    csv[4] = (csv[4] as string).replace('149,00', '12,3,4')
    const summary = await run(workspaceId, csv.join('\n'))
    expect(summary).toMatchObject({ status: 'finished', created: 5, rowsFailed: 2, errors: 2 })
    expect(await count(workspaceId, 'orders')).toBe(5)
    const report = await runtime.inWorkspace({ workspaceId, actor: systemActor() }, (ctx) =>
      importErrorsCsv(ctx, summary.runId),
    )
    expect(report).toBe(
      'line,column,message\r\n' +
        '4,,not imported: order T-3 has an error on line 5\r\n' +
        '5,item_unit_price,"item_unit_price ""12,3,4"" is not an amount"\r\n',
    )
  })

  it('reads a Windows-1250 file (Polish Excel) and a UTF-8 file with a BOM alike', async () => {
    const workspaceId = await workspace()
    const text =
      'numer_zamowienia;data_zamowienia;kupujacy;nazwa_produktu;cena\n' +
      'W-1;2024-03-05;Łukasz Żółkiewski;Herbata śliwkowa;9,99\n'
    const encoded = Buffer.from(
      [...text].map(
        (c) => ({ Ł: 0xa3, ż: 0xbf, Ż: 0xaf, ó: 0xf3, ł: 0xb3, ś: 0x9c })[c] ?? c.charCodeAt(0),
      ),
    )
    const first = await run(workspaceId, encoded)
    expect(first).toMatchObject({ status: 'finished', created: 1, encoding: 'windows-1250' })
    const bom = await run(
      workspaceId,
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
    )
    expect(bom).toMatchObject({ status: 'finished', created: 0, unchanged: 1, encoding: 'utf-8' })
    const stored = await runtime.asSystem({ workspaceId, actor: systemActor() }, (ctx) =>
      ctx.trx
        .selectFrom('orders')
        .innerJoin('orderItems', 'orderItems.orderId', 'orders.id')
        .select(['orders.buyerName', 'orderItems.name'])
        .where('orders.workspaceId', '=', workspaceId)
        .executeTakeFirstOrThrow(),
    )
    expect(stored).toEqual({ buyerName: 'Łukasz Żółkiewski', name: 'Herbata śliwkowa' })
  })

  it('fails the run with the missing columns named when the header is incomplete', async () => {
    const workspaceId = await workspace()
    const summary = await run(workspaceId, 'order_number;item_name\nA;Kawa\n')
    expect(summary).toMatchObject({
      status: 'failed',
      missingColumns: ['placed_at', 'item_unit_price'],
      fatal: expect.stringContaining('placed_at, item_unit_price'),
    })
    const view = await runtime.inWorkspace({ workspaceId, actor: systemActor() }, (ctx) =>
      getImportRun(ctx, summary.runId),
    )
    expect(view?.status).toBe('failed')
    expect(view?.errors[0]?.message).toContain('placed_at, item_unit_price')
  })

  it('stops at an unclosed quote with a failed run, keeping the orders before it', async () => {
    const workspaceId = await workspace()
    const before = orderCsv(30)
    const runaway = `${before}T-99;shop;;2024-03-05;PLN;"never closed\n${'x;'.repeat(600_000)}\n`
    const summary = await run(workspaceId, runaway, { batchSize: 10 })
    expect(summary.status).toBe('failed')
    expect(summary.fatal).toContain(`starting at line ${before.trim().split('\n').length + 1}`)
    expect(summary.created).toBeGreaterThanOrEqual(20)
    expect(await count(workspaceId, 'orders')).toBe(summary.created)
    const view = await runtime.inWorkspace({ workspaceId, actor: systemActor() }, (ctx) =>
      getImportRun(ctx, summary.runId),
    )
    expect(view).toMatchObject({ status: 'failed', rowsImported: summary.rowsImported })
  })

  it('calls afterBatch inside each batch transaction with what the batch changed', async () => {
    const workspaceId = await workspace()
    const seen: { created: number; visible: number }[] = []
    await run(workspaceId, orderCsv(30), {
      batchSize: 20,
      afterBatch: async (ctx, result) => {
        const ids = result.created.map((o) => o.id)
        const row = await ctx.trx
          .selectFrom('orders')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('id', 'in', ids)
          .executeTakeFirstOrThrow()
        seen.push({ created: ids.length, visible: Number(row.n) })
      },
    })
    expect(seen.reduce((n, s) => n + s.created, 0)).toBe(30)
    expect(seen.length).toBeGreaterThanOrEqual(2)
    // The batch's own orders are visible to the hook: it runs in their transaction.
    for (const s of seen) expect(s.visible).toBe(s.created)
  })
})

describe('importCsv (products)', () => {
  it('upserts products on SKU; unchanged rows stay, absent columns keep their values', async () => {
    const workspaceId = await workspace()
    const products = (content: string) =>
      run(workspaceId, content, { kind: 'products', fileName: 'products.csv' })
    const first = await products(
      'sku;nazwa;stan;dostępność;flagi\nKAWA-1;Kawa 1 kg;12;24 h;perishable\nKUBEK;Kubek z imieniem;;;personalized\nZLY;;-1;;\n',
    )
    expect(first).toMatchObject({ status: 'finished', created: 2, rowsFailed: 1, rowsImported: 2 })
    const again = await products(
      'sku;nazwa;stan;dostępność;flagi\nKAWA-1;Kawa 1 kg;12;24 h;perishable\n',
    )
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 1 })
    const renamed = await products('sku,name\nKAWA-1,Kawa ziarnista 1 kg\n')
    expect(renamed).toMatchObject({ created: 0, updated: 1 })
    const rows = await runtime.asSystem({ workspaceId, actor: systemActor() }, (ctx) =>
      ctx.trx
        .selectFrom('products')
        .select(['sku', 'name', 'stock', 'availabilityText', 'flags'])
        .where('workspaceId', '=', workspaceId)
        .orderBy('sku')
        .execute(),
    )
    expect(rows).toEqual([
      {
        sku: 'KAWA-1',
        name: 'Kawa ziarnista 1 kg',
        stock: 12,
        availabilityText: '24 h',
        flags: ['perishable'],
      },
      {
        sku: 'KUBEK',
        name: 'Kubek z imieniem',
        stock: null,
        availabilityText: null,
        flags: ['personalized'],
      },
    ])
    expect(await count(workspaceId, 'products')).toBe(2)
  })
})
