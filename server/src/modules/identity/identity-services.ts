import type { Runtime } from '../../platform/runtime.js'
import { createAuthHook } from './auth-hook.js'
import { IDENTITY_CHANNEL, type IdentityChange } from './identity-changes.js'
import { Authenticator } from './service/authenticator.js'
import { ProfileLoader } from './service/me.js'

/** The identity module's per-process singletons. */
export interface IdentityServices {
  authenticator: Authenticator
  profiles: ProfileLoader
  authHook: ReturnType<typeof createAuthHook>
  /** Forgets cached identity data in this process (also done for every NOTIFY). */
  invalidate(change: IdentityChange): void
}

const byRuntime = new WeakMap<Runtime, IdentityServices>()

/** The identity services of a runtime, created on first use and kept in sync across processes by NOTIFY. */
export function identityServices(runtime: Runtime): IdentityServices {
  let services = byRuntime.get(runtime)
  if (services) return services
  const authenticator = new Authenticator(runtime)
  const profiles = new ProfileLoader(runtime)
  const invalidate = (change: IdentityChange) => {
    authenticator.invalidate(change)
    profiles.cache.invalidate(change)
  }
  runtime.bus.subscribe(IDENTITY_CHANNEL, (payload) =>
    invalidate(JSON.parse(payload) as IdentityChange),
  )
  services = { authenticator, profiles, authHook: createAuthHook(authenticator), invalidate }
  byRuntime.set(runtime, services)
  return services
}
