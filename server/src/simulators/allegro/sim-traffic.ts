import { compileRoutePattern } from '../route-pattern.js'
import type { SimConfig } from './sim-records.js'

interface Fault {
  method: string | null
  pattern: RegExp
  status: number
  remaining: number
  afterProcessing: boolean
}

/** An injected failure for one request. */
export interface SimFault {
  status: number
  /** The request is processed and only its answer replaced (a response lost on the way back). */
  afterProcessing: boolean
}

/** The outcome of counting one request against its token's budget. */
export interface SimBudget {
  allowed: boolean
  limit: number
  remaining: number
  /** Milliseconds until the window resets. */
  resetMs: number
}

/** Injected faults and per-token request budgets: the simulator's unreliable network. */
export class SimTraffic {
  private faults: Fault[] = []
  private windows = new Map<string, { start: number; count: number }>()

  constructor(
    private readonly config: SimConfig,
    private readonly clock: () => Date,
  ) {}

  /**
   * Makes the next `count` requests matching `pattern` (`"POST /messaging/threads/*"`, `**` for
   * any depth, or a RegExp) answer `status`, before processing unless `afterProcessing`.
   */
  failNext(pattern: string | RegExp, status: number, count = 1, afterProcessing = false): void {
    this.faults.push({ ...compileRoutePattern(pattern), status, remaining: count, afterProcessing })
  }

  /** The injected fault for this request, consuming one use of the first matching fault. */
  takeFault(method: string, path: string): SimFault | null {
    const fault = this.faults.find(
      (f) => f.remaining > 0 && (!f.method || f.method === method) && f.pattern.test(path),
    )
    if (!fault) return null
    fault.remaining -= 1
    this.faults = this.faults.filter((f) => f.remaining > 0)
    return { status: fault.status, afterProcessing: fault.afterProcessing }
  }

  /** Counts a request made with `token` against the configured budget. */
  spend(token: string): SimBudget | null {
    const limit = this.config.rateLimit
    if (!limit) return null
    const now = this.clock().getTime()
    let window = this.windows.get(token)
    if (!window || now - window.start >= limit.windowMs) {
      window = { start: now, count: 0 }
      this.windows.set(token, window)
    }
    window.count += 1
    const resetMs = window.start + limit.windowMs - now
    const remaining = Math.max(0, limit.budget - window.count)
    return { allowed: window.count <= limit.budget, limit: limit.budget, remaining, resetMs }
  }

  /** Forgets faults and budgets. */
  reset(): void {
    this.faults = []
    this.windows.clear()
  }
}
