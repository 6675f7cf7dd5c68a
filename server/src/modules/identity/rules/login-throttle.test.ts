import { describe, expect, it } from 'vitest'
import { afterFailedLogin, lockoutRemaining } from './login-throttle.js'

const policy = { maxFailures: 3, windowMinutes: 15, lockoutMinutes: 15 }
const at = (minutes: number) => new Date(Date.UTC(2026, 10, 23, 12, minutes))

describe('login throttle', () => {
  it('locks on the limit-th failure within the window', () => {
    let state = afterFailedLogin(null, at(0), policy)
    state = afterFailedLogin(state, at(1), policy)
    expect(state.lockedUntil).toBeNull()
    expect(lockoutRemaining(state, at(1))).toBe(0)
    state = afterFailedLogin(state, at(2), policy)
    expect(state.lockedUntil).toEqual(at(17))
    expect(lockoutRemaining(state, at(2))).toBe(15 * 60)
    expect(lockoutRemaining(state, at(17))).toBe(0)
  })

  it('starts counting again after the window or an expired lock', () => {
    let state = afterFailedLogin(null, at(0), policy)
    state = afterFailedLogin(state, at(1), policy)
    state = afterFailedLogin(state, at(30), policy)
    expect(state.failures).toBe(1)
    const locked = { failures: 3, windowStartedAt: at(0), lockedUntil: at(15) }
    expect(afterFailedLogin(locked, at(16), policy).failures).toBe(1)
  })
})
