import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Runtime } from '../../../platform/runtime.js'
import { createTestRuntime } from '../../../test/test-runtime.js'
import { DEFAULT_RFM_THRESHOLDS, type RfmThresholds, rfmThresholdsFrom } from '../rules/rfm.js'
import { type CustomerMetrics, segmentsOf } from '../rules/segments.js'
import { recordCustomerSignals, recordOrderMetrics } from './customer-metrics.js'
import { buildCustomerWorkspace, insertCustomer } from './customers-test-kit.js'
import { recomputeSegments, refreshRfmThresholds } from './recompute-segments.js'
import { workspaceRfmThresholds } from './rfm-thresholds.js'

const DAY = 86_400_000
const NOW = new Date('2025-06-15T10:00:00.000Z')

let runtime: Runtime
beforeAll(async () => {
  runtime = await createTestRuntime()
})
afterAll(() => runtime.close())

// Seeded so a failure reproduces; the values cluster around every cut point of the rules.
function random(seed: number) {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    return state / 2 ** 31
  }
}

function randomMetrics(next: () => number): CustomerMetrics {
  const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)] as T
  const nearDays = pick([0, 1, 29, 30, 31, 89, 90, 91, 179, 180, 181, 364, 365, 366, 700])
  // ±1 ms around a whole day tests the floor() of both sides, not just typical values.
  const jitter = pick([-1, 0, 1, 3_600_000, -3_600_000])
  const ordersCount = next() < 0.15 ? 0 : pick([1, 1, 2, 3, 4, 5, 6, 9, 20])
  const lastOrderAt = ordersCount === 0 ? null : new Date(NOW.getTime() - nearDays * DAY + jitter)
  const firstOrderAt =
    lastOrderAt && next() < 0.9
      ? new Date(lastOrderAt.getTime() - pick([0, 0, 5, 40, 400]) * DAY)
      : null
  const sentimentDays = pick([null, 0, 29, 30, 31, 200])
  return {
    ordersCount,
    lifetimeValueMinor:
      ordersCount === 0
        ? 0
        : pick([5_000, 10_000, 10_001, 25_000, 49_999, 50_000, 150_000, 999_999]),
    firstOrderAt,
    lastOrderAt,
    openComplaints: next() < 0.1 ? 1 : 0,
    complaints90d: next() < 0.1 ? 2 : 0,
    negativeReviews: next() < 0.05 ? 1 : 0,
    lastNegativeSentimentAt:
      sentimentDays === null ? null : new Date(NOW.getTime() - sentimentDays * DAY + jitter),
  }
}

async function seedRandomCustomers(count: number, seed: number, ordersLast = false) {
  const w = await buildCustomerWorkspace(runtime)
  const next = random(seed)
  const metrics = new Map<string, CustomerMetrics>()
  await w.asSystem(async (ctx) => {
    for (let i = 0; i < count; i++) metrics.set(await insertCustomer(ctx), randomMetrics(next))
    const rows = [...metrics]
    const orders = () =>
      recordOrderMetrics(
        ctx,
        rows.map(([customerId, m]) => ({ customerId, currency: 'PLN', ...m })),
        NOW,
      )
    if (!ordersLast) await orders()
    await recordCustomerSignals(
      ctx,
      rows.map(([customerId, m]) => ({
        customerId,
        openComplaints: m.openComplaints,
        complaints90d: m.complaints90d,
        negativeReviews: m.negativeReviews,
        lastNegativeSentimentAt: m.lastNegativeSentimentAt,
      })),
      NOW,
    )
    if (ordersLast) await orders()
  })
  return { w, metrics }
}

async function storedSegments(w: Awaited<ReturnType<typeof buildCustomerWorkspace>>) {
  const rows = await w.asSystem((ctx) =>
    ctx.trx.selectFrom('customers').select(['id', 'segments', 'segmentsAt']).execute(),
  )
  return new Map(rows.map((r) => [r.id, r]))
}

function expectAgreement(
  stored: Map<string, { segments: string[] }>,
  metrics: Map<string, CustomerMetrics>,
  thresholds: RfmThresholds,
) {
  const disagreements = [...metrics]
    .map(([id, m]) => ({
      id,
      metrics: m,
      sql: stored.get(id)?.segments,
      rules: segmentsOf(m, thresholds, NOW),
    }))
    .filter((row) => JSON.stringify(row.sql) !== JSON.stringify(row.rules))
  expect(disagreements).toEqual([])
}

describe('recordOrderMetrics', () => {
  it('writes the segments the pure rules give for the new figures in the same statement', async () => {
    const { w, metrics } = await seedRandomCustomers(300, 7, true)
    expectAgreement(await storedSegments(w), metrics, DEFAULT_RFM_THRESHOLDS)
  })
})

describe('recomputeSegments', () => {
  it('gives every customer the segments the pure rules give, with default cut points', async () => {
    const { w, metrics } = await seedRandomCustomers(300, 42)
    const stored = await storedSegments(w)
    expectAgreement(stored, metrics, DEFAULT_RFM_THRESHOLDS)
    // The sample reaches every segment, so agreement is not agreement on empty arrays.
    const seen = new Set([...stored.values()].flatMap((r) => r.segments))
    expect([...seen].sort()).toEqual(
      ['at_risk', 'dissatisfied', 'dormant', 'loyal', 'new', 'returning', 'vip'].sort(),
    )
  })

  it('agrees with the rules on the workspace’s own quintiles, computed like rfmThresholdsFrom', async () => {
    const { w, metrics } = await seedRandomCustomers(300, 7)
    const { thresholds } = await w.asSystem((ctx) => refreshRfmThresholds(ctx, NOW))
    const buyers = [...metrics.values()].filter((m) => m.ordersCount > 0 && m.lastOrderAt)
    const sorted = (values: number[]) => values.sort((a, b) => a - b)
    const expected = rfmThresholdsFrom(
      sorted(
        buyers.map((m) =>
          Math.max(0, Math.floor((NOW.getTime() - (m.lastOrderAt as Date).getTime()) / DAY)),
        ),
      ),
      sorted(buyers.map((m) => m.ordersCount)),
      sorted(buyers.map((m) => m.lifetimeValueMinor)),
    )
    expect(expected).not.toEqual(DEFAULT_RFM_THRESHOLDS)
    // Stored as real[]: the same numbers rounded to single precision.
    for (const axis of ['recency', 'frequency', 'monetary'] as const)
      expect(thresholds[axis]).toEqual(expected[axis].map(Math.fround))
    expectAgreement(await storedSegments(w), metrics, thresholds)
  })

  it('writes only rows whose segments changed, and only the customers asked for', async () => {
    const { w, metrics } = await seedRandomCustomers(40, 3)
    const again = await w.asSystem((ctx) => recomputeSegments(ctx, { now: NOW }))
    expect(again).toBe(0)
    // A recent buyer turns dormant 400 days later, so exactly this row must change.
    const [first] = [...metrics].find(
      ([, m]) => m.lastOrderAt && NOW.getTime() - m.lastOrderAt.getTime() < 100 * DAY,
    ) as [string, CustomerMetrics]
    const later = new Date(NOW.getTime() + 400 * DAY)
    const before = await storedSegments(w)
    const changed = await w.asSystem((ctx) =>
      recomputeSegments(ctx, { customerIds: [first], now: later }),
    )
    const after = await storedSegments(w)
    const moved = [...after].filter(
      ([id, row]) => row.segmentsAt?.getTime() !== before.get(id)?.segmentsAt?.getTime(),
    )
    expect(changed).toBe(1)
    expect(moved.map(([id]) => id)).toEqual([first])
    const thresholds = await w.asSystem((ctx) => workspaceRfmThresholds(ctx))
    expect(after.get(first)?.segments).toEqual(
      segmentsOf(metrics.get(first) as CustomerMetrics, thresholds, later),
    )
  })
})
