/** One status change in a parcel's history, as ShipX lists it in `tracking_details`. */
export interface InpostSimStatus {
  /** ShipX status name, e.g. "ready_to_pickup". */
  status: string
  datetime: Date
  /** ShipX "status symbol"; only some statuses carry one, so null by default. */
  originStatus: string | null
  /** ShipX "agency name": the branch or point that reported the change, often null. */
  agency: string | null
}

/** A parcel the simulator can be asked about. */
export interface InpostSimParcel {
  trackingNumber: string
  /** ShipX service, e.g. "inpost_locker_standard"; `type` repeats it as ShipX does. */
  service: string
  customAttributes: Record<string, unknown>
  createdAt: Date
  /** Oldest first; the tracking resource shows it newest first. */
  statuses: InpostSimStatus[]
}

/** What a test or seed gives to create a parcel. */
export interface InpostSimParcelInput {
  trackingNumber: string
  service?: string
  customAttributes?: Record<string, unknown>
  createdAt?: Date
  statuses?: InpostSimStatusInput[]
}

/** One status to add; without a datetime it happens now (the simulator's clock). */
export interface InpostSimStatusInput {
  status: string
  datetime?: Date
  originStatus?: string | null
  agency?: string | null
}

/** Tunables; tests set a request budget or demand a token. */
export interface InpostSimConfig {
  /** Requests per client (bearer token, else IP) per window before 429; null: unlimited. */
  rateLimit: { budget: number; windowMs: number } | null
  /**
   * ShipX serves tracking without a token ("Zasób Tracking nie jest autoryzowany"); true makes
   * the simulator demand a registered bearer token, as ShipX's organisation resources do.
   */
  requireToken: boolean
  /** ShipX returns tracking for 45 days from the shipment's creation; null: forever. */
  trackingRetentionDays: number | null
}
