import { compileRoutePattern } from '../route-pattern.js'
/** An injected failure: the answer `status` (and `Retry-After` seconds, for 429/503). */
export interface InpostSimFault {
  status: number
  retryAfterSeconds: number | null
}

interface PendingFault extends InpostSimFault {
  method: string | null
  pattern: RegExp
  remaining: number
}

/** The outcome of counting one request against its client's budget. */
export interface InpostSimBudget {
  allowed: boolean
  limit: number
  remaining: number
  /** Milliseconds until the window resets. */
  resetMs: number
}

/** Injected faults and per-client request budgets: the simulator's unreliable network. */
export class InpostSimTraffic {
  private faults: PendingFault[] = []
  private windows = new Map<string, { start: number; count: number }>()

  /** Makes the next `count` requests matching `pattern` answer `status`. */
  failNext(pattern: string, status: number, count = 1, retryAfterSeconds: number | null = null) {
    this.faults.push({
      ...compileRoutePattern(pattern),
      status,
      remaining: count,
      retryAfterSeconds,
    })
  }

  /** The injected fault for this request, using up one of the first matching fault's uses. */
  takeFault(method: string, path: string): InpostSimFault | null {
    const fault = this.faults.find(
      (f) => f.remaining > 0 && (!f.method || f.method === method) && f.pattern.test(path),
    )
    if (!fault) return null
    fault.remaining -= 1
    this.faults = this.faults.filter((f) => f.remaining > 0)
    return { status: fault.status, retryAfterSeconds: fault.retryAfterSeconds }
  }

  /** Counts a request by `client` against `limit` within a fixed window. */
  spend(
    client: string,
    limit: { budget: number; windowMs: number } | null,
    now: number,
  ): InpostSimBudget | null {
    if (!limit) return null
    let window = this.windows.get(client)
    if (!window || now - window.start >= limit.windowMs) {
      window = { start: now, count: 0 }
      this.windows.set(client, window)
    }
    window.count += 1
    return {
      allowed: window.count <= limit.budget,
      limit: limit.budget,
      remaining: Math.max(0, limit.budget - window.count),
      resetMs: window.start + limit.windowMs - now,
    }
  }

  /** Forgets faults and budgets. */
  reset(): void {
    this.faults = []
    this.windows.clear()
  }
}
