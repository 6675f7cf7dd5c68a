import type {
  InpostSimConfig,
  InpostSimParcel,
  InpostSimParcelInput,
  InpostSimStatusInput,
} from './inpost-sim-records.js'
import { InpostSimTraffic } from './inpost-sim-traffic.js'

const DEFAULT_CONFIG: InpostSimConfig = {
  rateLimit: null,
  requireToken: false,
  trackingRetentionDays: 45,
}

/** A request as the simulator saw it, for tests that check what the client sent. */
export interface InpostSimRequestLog {
  method: string
  path: string
  authorization: string | null
  at: Date
}

/** Locker details ShipX shows for a locker parcel when the seed or test gives none. */
const DEFAULT_LOCKER_ATTRIBUTES = {
  size: 'A',
  target_machine_id: 'KRA01M',
  dropoff_machine_id: null,
  end_of_week_collection: false,
}

/** The simulator's whole in-memory world: parcels, accepted tokens, faults and budgets. */
export class InpostSimState {
  readonly config: InpostSimConfig
  readonly parcels = new Map<string, InpostSimParcel>()
  /** Bearer tokens accepted when `config.requireToken` is on. */
  readonly tokens = new Set<string>()
  readonly traffic = new InpostSimTraffic()
  readonly requests: InpostSimRequestLog[] = []
  /** The simulator's notion of now; tests may replace it. */
  clock: () => Date

  constructor(config: Partial<InpostSimConfig> = {}, clock: () => Date = () => new Date()) {
    this.config = { ...DEFAULT_CONFIG, ...config }
    this.clock = clock
  }

  /** Creates (or replaces) a parcel with the given history, sorted oldest first. */
  createParcel(input: InpostSimParcelInput): InpostSimParcel {
    const service = input.service ?? 'inpost_locker_standard'
    const locker = service.includes('locker')
    const times = (input.statuses ?? []).flatMap((s) => (s.datetime ? [s.datetime.getTime()] : []))
    const parcel: InpostSimParcel = {
      trackingNumber: input.trackingNumber,
      service,
      customAttributes: input.customAttributes ?? (locker ? { ...DEFAULT_LOCKER_ATTRIBUTES } : {}),
      createdAt:
        input.createdAt ?? (times.length > 0 ? new Date(Math.min(...times)) : this.clock()),
      statuses: [],
    }
    this.parcels.set(parcel.trackingNumber, parcel)
    for (const status of input.statuses ?? []) this.appendStatus(parcel.trackingNumber, status)
    return parcel
  }

  /** Adds a status to a parcel's history; null when the parcel is unknown. */
  appendStatus(trackingNumber: string, input: InpostSimStatusInput): InpostSimParcel | null {
    const parcel = this.parcels.get(trackingNumber)
    if (!parcel) return null
    parcel.statuses.push({
      status: input.status,
      datetime: input.datetime ?? this.clock(),
      originStatus: input.originStatus ?? null,
      agency: input.agency ?? null,
    })
    parcel.statuses.sort((a, b) => a.datetime.getTime() - b.datetime.getTime())
    return parcel
  }

  /**
   * The parcel ShipX would show for this number now: unknown numbers and parcels older than
   * the retention period are not found.
   */
  trackable(trackingNumber: string): InpostSimParcel | null {
    const parcel = this.parcels.get(trackingNumber)
    if (!parcel) return null
    const days = this.config.trackingRetentionDays
    if (days !== null && this.clock().getTime() - parcel.createdAt.getTime() > days * 86_400_000) {
      return null
    }
    return parcel
  }

  /** Forgets parcels, tokens, faults, budgets and the request log; keeps the config. */
  reset(): void {
    this.parcels.clear()
    this.tokens.clear()
    this.traffic.reset()
    this.requests.length = 0
  }
}
