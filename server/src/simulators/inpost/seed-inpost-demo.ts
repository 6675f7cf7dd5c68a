import type { InpostSimStatusInput } from './inpost-sim-records.js'
import type { InpostSimState } from './inpost-sim-state.js'

/** How far along a demo parcel is. */
export const INPOST_DEMO_STAGES = [
  'label_created',
  'in_transit',
  'out_for_delivery',
  'ready_to_pickup',
  'delivered',
  'pickup_expired',
  'returned',
  'courier_failed',
] as const
export type InpostDemoStage = (typeof INPOST_DEMO_STAGES)[number]

/** A tracking number to seed, optionally with the stage and service it should show. */
export type InpostDemoParcel =
  | string
  | { trackingNumber: string; stage?: InpostDemoStage; service?: string }

/** What the seed created. */
export interface InpostDemoSeedResult {
  trackingNumber: string
  stage: InpostDemoStage
  /** The parcel's current ShipX status. */
  status: string
}

type Step = readonly [status: string, hoursAgo: number, agency?: string]

// A locker parcel posted in Warsaw for a locker in Kraków, as ShipX reports the trip.
const JOURNEY: Step[] = [
  ['created', 0],
  ['confirmed', 0],
  ['dispatched_by_sender', 0],
  ['collected_from_sender', 0],
  ['adopted_at_source_branch', 0, 'Warszawa'],
  ['sent_from_source_branch', 0, 'Warszawa'],
  ['adopted_at_sorting_center', 0, 'Sortownia Pruszków'],
  ['sent_from_sorting_center', 0, 'Sortownia Pruszków'],
  ['adopted_at_target_branch', 0, 'Kraków'],
  ['out_for_delivery', 0, 'Kraków'],
  ['ready_to_pickup', 0, 'KRA01M'],
]

/** The first `count` journey steps ending `endHoursAgo`, spaced `gapHours` apart, plus extras. */
function journey(count: number, endHoursAgo: number, gapHours: number, extra: Step[] = []) {
  const steps = JOURNEY.slice(0, count)
  const timed = steps.map(
    ([status, , agency], i): Step => [status, endHoursAgo + (count - 1 - i) * gapHours, agency],
  )
  return [...timed, ...extra]
}

const HISTORIES: Record<InpostDemoStage, Step[]> = {
  label_created: journey(2, 4, 1),
  in_transit: journey(7, 9, 3),
  out_for_delivery: journey(10, 2, 3),
  ready_to_pickup: journey(11, 3, 3),
  delivered: journey(11, 30, 3, [['delivered', 26, 'KRA01M']]),
  pickup_expired: journey(11, 80, 3, [
    ['pickup_reminder_sent', 56, 'KRA01M'],
    ['pickup_time_expired', 8, 'KRA01M'],
  ]),
  returned: journey(11, 120, 3, [
    ['pickup_time_expired', 72, 'KRA01M'],
    ['returned_to_sender', 20, 'Warszawa'],
  ]),
  courier_failed: [
    ['created', 40],
    ['confirmed', 39],
    ['taken_by_courier', 30],
    ['adopted_at_source_branch', 28, 'Warszawa'],
    ['adopted_at_sorting_center', 20, 'Sortownia Pruszków'],
    ['adopted_at_target_branch', 12, 'Kraków'],
    ['out_for_delivery_to_address', 6, 'Kraków'],
    ['undelivered_unknown_receiver', 3, 'Kraków'],
  ],
}

/** A stable stage for a bare number, so re-seeding the same numbers gives the same world. */
function stageFor(trackingNumber: string): InpostDemoStage {
  let hash = 0
  for (const char of trackingNumber) hash = (hash * 31 + char.charCodeAt(0)) >>> 0
  return INPOST_DEMO_STAGES[hash % INPOST_DEMO_STAGES.length]!
}

const DEFAULT_PARCELS: InpostDemoParcel[] = INPOST_DEMO_STAGES.map((stage, i) => ({
  trackingNumber: `6200123456789012345678${String(i).padStart(2, '0')}`,
  stage,
}))

/**
 * Creates parcels for the given tracking numbers (by default one per stage) with realistic
 * ShipX histories ending shortly before `now`: a locker trip Warsaw → Kraków, a delivered one,
 * an expired pickup, a return and a failed courier delivery. Existing parcels are replaced.
 */
export function seedInpostDemo(
  state: InpostSimState,
  parcels: InpostDemoParcel[] = DEFAULT_PARCELS,
  options: { now?: Date } = {},
): InpostDemoSeedResult[] {
  const now = options.now ?? state.clock()
  return parcels.map((parcel) => {
    const spec = typeof parcel === 'string' ? { trackingNumber: parcel } : parcel
    const stage = spec.stage ?? stageFor(spec.trackingNumber)
    const steps = HISTORIES[stage]
    const statuses: InpostSimStatusInput[] = steps.map(([status, hoursAgo, agency]) => ({
      status,
      datetime: new Date(now.getTime() - hoursAgo * 3_600_000),
      agency: agency ?? null,
    }))
    const service =
      spec.service ??
      (stage === 'courier_failed' ? 'inpost_courier_standard' : 'inpost_locker_standard')
    state.createParcel({ trackingNumber: spec.trackingNumber, service, statuses })
    return { trackingNumber: spec.trackingNumber, stage, status: steps.at(-1)![0] }
  })
}
