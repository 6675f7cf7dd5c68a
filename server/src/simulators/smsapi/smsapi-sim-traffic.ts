import type { SmsapiSimConfig } from './smsapi-sim-records.js'

interface Fault {
  method: string | null
  path: string
  status: number
  remaining: number
  afterProcessing: boolean
}

/** An injected failure for one request. */
export interface SimFault {
  status: number
  /** The request is processed and only its answer replaced: a response lost on the way back. */
  afterProcessing: boolean
}

/** Injected faults and per-token request budgets: the simulator's unreliable network. */
export class SmsapiSimTraffic {
  private faults: Fault[] = []
  private windows = new Map<string, { start: number; count: number }>()

  constructor(
    private readonly config: SmsapiSimConfig,
    private readonly clock: () => Date,
  ) {}

  /** Fails the next `count` requests matching `pattern` ("POST /sms.do", or a bare path). */
  failNext(pattern: string, status: number, count = 1, afterProcessing = false): void {
    const match = /^([A-Z]+)\s+(\S+)$/.exec(pattern.trim())
    const [method, path] = match ? [match[1]!, match[2]!] : [null, pattern.trim()]
    this.faults.push({ method, path, status, remaining: count, afterProcessing })
  }

  /** The fault for this request, consuming one use of the first that matches. */
  takeFault(method: string, path: string): SimFault | null {
    const fault = this.faults.find(
      (f) => f.remaining > 0 && (!f.method || f.method === method) && f.path === path,
    )
    if (!fault) return null
    fault.remaining -= 1
    this.faults = this.faults.filter((f) => f.remaining > 0)
    return { status: fault.status, afterProcessing: fault.afterProcessing }
  }

  /** Counts a request against its token's budget; null when unlimited, else whether it may pass. */
  spend(token: string): { allowed: boolean; resetMs: number } | null {
    const limit = this.config.rateLimit
    if (!limit) return null
    const now = this.clock().getTime()
    let window = this.windows.get(token)
    if (!window || now - window.start >= limit.windowMs) {
      window = { start: now, count: 0 }
      this.windows.set(token, window)
    }
    window.count += 1
    return { allowed: window.count <= limit.budget, resetMs: window.start + limit.windowMs - now }
  }

  /** Forgets faults and budgets. */
  reset(): void {
    this.faults = []
    this.windows.clear()
  }
}
