// Segment recomputation: the nightly full pass over every customer (RFM cut points + one
// set-based UPDATE), and the incremental update of one customer after one new order.
import { sql } from 'kysely'
import { recomputeSegments, recordOrderMetrics } from '../../server/src/modules/customers/index.js'
import { segmentsOf } from '../../server/src/modules/customers/rules/segments.js'
import {
  computeRfmThresholds,
  workspaceRfmThresholds,
} from '../../server/src/modules/customers/service/rfm-thresholds.js'
import { applyOrders } from '../../server/src/modules/orders/index.js'
import { scratchDatabase } from '../lib/database.js'
import { backendName, benchScope, startBenchRuntime } from '../lib/runtime.js'
import { percentile, progress, round, sample } from '../lib/stats.js'
import { isSmall, printTable } from '../lib/table.js'
import { addMember } from '../lib/workspace.js'
import { seedCustomers } from './seed-customers.js'

const CUSTOMERS = isSmall ? 100_000 : 1_000_000
const SAMPLES = isSmall ? 50 : 200
const started = performance.now()

const scratch = await scratchDatabase()
const { runtime, close } = await startBenchRuntime(scratch.env)
try {
  const { workspaceId } = await addMember(runtime, 'Sklep Segmenty', 'Właściciel', 'owner')
  const scope = benchScope(workspaceId)
  await seedCustomers(runtime, workspaceId, CUSTOMERS, (done) =>
    progress(started, `${done} customers inserted`),
  )

  const fullNow = new Date()
  const fullStarted = performance.now()
  const full = await runtime.inWorkspace(scope, async (ctx) => {
    await computeRfmThresholds(ctx, fullNow)
    const cutsSeconds = (performance.now() - fullStarted) / 1000
    return { cutsSeconds, changed: await recomputeSegments(ctx, { now: fullNow }) }
  })
  const fullSeconds = (performance.now() - fullStarted) / 1000
  progress(started, `full recompute: ${full.changed} customers changed in ${round(fullSeconds)} s`)

  // A second full pass right after changes nothing: the UPDATE skips rows whose segments hold.
  const againStarted = performance.now()
  const again = await runtime.inWorkspace(scope, (ctx) => recomputeSegments(ctx, { now: fullNow }))
  const againSeconds = (performance.now() - againStarted) / 1000

  // Correctness: the SQL's verdicts equal the pure rules' for a sample.
  const checked = await runtime.inWorkspace(scope, async (ctx) => {
    const thresholds = await workspaceRfmThresholds(ctx)
    const rows = await ctx.trx
      .selectFrom('customers')
      .select([
        'ordersCount',
        'lifetimeValueMinor',
        'firstOrderAt',
        'lastOrderAt',
        'openComplaints',
        'complaints90d',
        'negativeReviews',
        'lastNegativeSentimentAt',
        'segments',
        'segmentsAt',
      ])
      .orderBy(sql`random()`)
      .limit(2000)
      .execute()
    const wrong = rows.filter((r) => {
      const expected = segmentsOf(
        { ...r, lifetimeValueMinor: Number(r.lifetimeValueMinor) },
        thresholds,
        r.segmentsAt ?? fullNow,
      )
      return [...expected].sort().join() !== [...r.segments].sort().join()
    })
    return { rows: rows.length, wrong: wrong.length }
  })
  if (checked.wrong > 0)
    throw new Error(
      `${checked.wrong} of ${checked.rows} sampled customers disagree with segmentsOf`,
    )

  const ids = await runtime.inWorkspace(scope, (ctx) =>
    ctx.trx
      .selectFrom('customers')
      .select(['id', 'ordersCount', 'lifetimeValueMinor'])
      .orderBy(sql`random()`)
      .limit(SAMPLES + 10)
      .execute(),
  )
  const incremental = await sample(
    (i) => {
      const c = ids[i % ids.length]!
      return runtime.inWorkspace(scope, (ctx) =>
        recordOrderMetrics(ctx, [
          {
            customerId: c.id,
            ordersCount: c.ordersCount + 1,
            lifetimeValueMinor: Number(c.lifetimeValueMinor) + 4900,
            currency: 'PLN',
            firstOrderAt: new Date(Date.now() - 400 * 86_400_000),
            lastOrderAt: new Date(),
          },
        ]),
      )
    },
    { warmUp: 10, samples: SAMPLES },
  )
  // The whole live path of one new order: upsert, customer totals from orders, segments, events.
  const oneOrder = await sample(
    (i) =>
      runtime.inWorkspace(scope, (ctx) =>
        applyOrders(ctx, [
          {
            source: 'shop',
            externalId: `bench-${i}`,
            number: `B-${i}`,
            marketplace: 'shop',
            buyer: { name: 'Klient 7', email: 'klient7@example.pl', phone: null, login: null },
            currency: 'PLN',
            items: [{ name: 'Kawa 250 g', quantity: 1, unitPriceMinor: 4900 }],
            status: 'delivered',
            placedAt: new Date(Date.now() - 30 * 86_400_000),
            deliveredAt: new Date(Date.now() - 27 * 86_400_000),
          },
        ]),
      ),
    { warmUp: 5, samples: SAMPLES },
  )
  const counts = await runtime.inWorkspace(scope, (ctx) =>
    sql<{
      segment: string
      n: number
    }>`select unnest(segments) as segment, count(*)::int as n from customers group by 1 order by 2 desc`.execute(
      ctx.trx,
    ),
  )
  const customersPerSec = Math.round(CUSTOMERS / fullSeconds)
  printTable(`Segments: ${CUSTOMERS.toLocaleString('en')} customers, ${backendName()}`, [
    {
      what: 'full recompute (RFM cut points + UPDATE of changed rows)',
      value: `${round(fullSeconds, 2)} s`,
      rate: `${customersPerSec.toLocaleString('en')} customers/s (cut points ${round(full.cutsSeconds, 2)} s)`,
    },
    {
      what: 'second full pass, nothing changed',
      value: `${round(againSeconds, 2)} s`,
      rate: `${again} rows written`,
    },
    {
      what: 'incremental: one customer after one order (p50 / p95)',
      value: `${round(percentile(incremental, 50), 2)} / ${round(percentile(incremental, 95), 2)} ms`,
      rate: '',
    },
    {
      what: 'applyOrders of one order incl. segments (p50 / p95)',
      value: `${round(percentile(oneOrder, 50), 2)} / ${round(percentile(oneOrder, 95), 2)} ms`,
      rate: '',
    },
  ])
  printTable(
    'Customers per segment after the full pass',
    counts.rows.map((r) => ({ segment: r.segment, customers: r.n })),
  )
  process.stdout.write(
    `Checked: ${checked.rows} random customers' segments equal the pure rules (segmentsOf).\n`,
  )
  process.stdout.write(
    `${JSON.stringify({
      name: 'segments',
      customers: CUSTOMERS,
      fullRecomputeSeconds: round(fullSeconds, 2),
      customersPerSec,
      unchangedPassSeconds: round(againSeconds, 2),
      incrementalP50Ms: round(percentile(incremental, 50), 2),
      incrementalP95Ms: round(percentile(incremental, 95), 2),
      applyOrderP95Ms: round(percentile(oneOrder, 95), 2),
      backend: process.env.DATABASE_URL ? 'postgresql' : 'pglite',
    })}\n`,
  )
} finally {
  await close()
  await scratch.drop()
}
