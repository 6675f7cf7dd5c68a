import type { CaseFacts, CaseItemFacts } from '../../server/src/modules/returns/rules/index.js'
import { DEFAULT_PROGRAMMES, mergeProgramme } from '../../server/src/modules/returns/rules/index.js'
import { seededRandom } from '../lib/stats.js'

const DAY_MS = 86_400_000
const FIRST_DAY = Date.UTC(2022, 6, 1)
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10)

const PROGRAMMES = [
  null,
  null,
  DEFAULT_PROGRAMMES.amazon,
  mergeProgramme(DEFAULT_PROGRAMMES.allegro, { returnDays: 30 }),
  DEFAULT_PROGRAMMES.allegro,
  DEFAULT_PROGRAMMES.kaufland,
  mergeProgramme(DEFAULT_PROGRAMMES.emag, { returnDays: 30 }),
]
const FLAGGED: CaseItemFacts[] = [
  { sku: 'MUG-NAME', flags: ['personalized'] },
  { sku: 'CAKE', flags: ['perishable'] },
  { sku: 'BRUSH', flags: ['sealed_hygiene'], unsealed: true },
  { sku: 'BRUSH', flags: ['sealed_hygiene'], unsealed: false },
  { sku: 'GAME', flags: ['sealed_media'], unsealed: true },
  { sku: 'MAG', flags: ['newspaper'] },
  { sku: 'PAINT', flags: ['mixed_after_delivery'] },
]

/** A seeded, realistic mix of cases: mostly consumers' withdrawals within a few weeks, some late or not-informed ones, complaints up to 2.5 years after delivery, marketplace programmes and art. 38 items. */
export function generateCases(count: number, seed = 6): CaseFacts[] {
  const random = seededRandom(seed)
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!
  const cases: CaseFacts[] = []
  for (let i = 0; i < count; i++) {
    const kind = random() < 0.7 ? 'withdrawal' : 'complaint'
    const roll = random()
    const buyer = roll < 0.85 ? 'consumer' : roll < 0.93 ? 'sole_trader' : 'business'
    const ordered = FIRST_DAY + Math.floor(random() * 5 * 365) * DAY_MS
    const deliveries = Array.from(
      { length: random() < 0.85 ? 1 : 2 + Math.floor(random() * 2) },
      () => isoOf(ordered + (1 + Math.floor(random() * 8)) * DAY_MS),
    )
    const offset =
      kind === 'complaint'
        ? Math.floor(random() * 900)
        : random() < 0.85
          ? Math.floor(random() * 20)
          : Math.floor(random() * 420)
    const informed = random() < 0.95
    const items = Array.from({ length: 1 + Math.floor(random() * 3) }, (_, n) =>
      random() < 0.1 ? pick(FLAGGED) : { sku: `SKU-${n}`, flags: [] },
    )
    cases.push({
      id: `case-${i}`,
      kind,
      buyer,
      country: random() < 0.9 ? 'PL' : pick(['DE', 'CZ', 'SK', 'RO']),
      deliveries,
      requestedAt: isoOf(ordered + (5 + offset) * DAY_MS),
      informedOfWithdrawalRight: informed,
      informedAt: !informed && random() < 0.3 ? isoOf(ordered + 40 * DAY_MS) : null,
      sellerReturnDays: pick([null, null, null, 30, 30, 60]),
      orderedAt: random() < 0.8 ? isoOf(ordered) : null,
      items,
      programme: pick(PROGRAMMES),
    })
  }
  return cases
}
