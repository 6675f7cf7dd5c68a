import type { JobDefinition } from '../../../platform/jobs/job-queue.js'
import type { Runtime } from '../../../platform/runtime.js'

/** What one purge removed. */
export interface PurgeResult {
  sessions: number
  throttles: number
}

/** Deletes sessions past their absolute or idle expiry and login-throttle rows no longer in force. */
export async function purgeExpiredCredentials(
  runtime: Runtime,
  now = new Date(),
): Promise<PurgeResult> {
  const { db } = runtime.database
  const idleMs = runtime.config.sessionIdleMinutes * 60_000
  const sessions = await db
    .deleteFrom('sessions')
    .where((eb) =>
      eb.or([eb('expiresAt', '<=', now), eb('lastSeenAt', '<=', new Date(now.getTime() - idleMs))]),
    )
    .executeTakeFirst()
  const windowMs = runtime.config.loginLockoutMinutes * 60_000
  const throttles = await db
    .deleteFrom('loginThrottle')
    .where('windowStartedAt', '<=', new Date(now.getTime() - windowMs))
    .where((eb) => eb.or([eb('lockedUntil', 'is', null), eb('lockedUntil', '<=', now)]))
    .executeTakeFirst()
  return { sessions: Number(sessions.numDeletedRows), throttles: Number(throttles.numDeletedRows) }
}

/** Hourly job that keeps the sessions table to live sessions only. */
export const purgeExpiredJob = (runtime: Runtime): JobDefinition<never> => ({
  queue: 'identity.purge-expired',
  cron: '17 * * * *',
  retryLimit: 3,
  async handle() {
    const result = await purgeExpiredCredentials(runtime)
    if (result.sessions + result.throttles > 0)
      runtime.log.info(result, 'purged expired credentials')
  },
})
