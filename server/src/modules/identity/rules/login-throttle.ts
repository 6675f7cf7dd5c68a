/** Lockout policy: `maxFailures` wrong passwords within `windowMinutes` lock the account for `lockoutMinutes`. */
export interface ThrottlePolicy {
  maxFailures: number
  windowMinutes: number
  lockoutMinutes: number
}

/** Failed-login state kept per e-mail address. */
export interface ThrottleState {
  failures: number
  windowStartedAt: Date
  lockedUntil: Date | null
}

/** Seconds until a login may be tried again, or 0 when it may be tried now (OWASP ASVS 2.2.1 anti-automation). */
export function lockoutRemaining(state: ThrottleState | null, now: Date): number {
  if (!state?.lockedUntil || state.lockedUntil <= now) return 0
  return Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 1000)
}

/** The state after one more wrong password: failures count within a window, and the limit-th failure locks. */
export function afterFailedLogin(
  state: ThrottleState | null,
  now: Date,
  policy: ThrottlePolicy,
): ThrottleState {
  const windowMs = policy.windowMinutes * 60_000
  const fresh =
    !state ||
    now.getTime() - state.windowStartedAt.getTime() > windowMs ||
    (state.lockedUntil !== null && state.lockedUntil <= now)
  const failures = fresh ? 1 : state.failures + 1
  const windowStartedAt = fresh ? now : state.windowStartedAt
  const lockedUntil =
    failures >= policy.maxFailures ? new Date(now.getTime() + policy.lockoutMinutes * 60_000) : null
  return { failures, windowStartedAt, lockedUntil }
}
