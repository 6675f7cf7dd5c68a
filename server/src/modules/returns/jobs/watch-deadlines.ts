import type { JobDefinition } from '../../../platform/jobs/job-queue.js'
import type { Runtime } from '../../../platform/runtime.js'
import { watchCaseDeadlines } from '../service/watch-case-deadlines.js'

/** Every fifteen minutes: reminders, escalations and deemed acceptances on open cases. */
export function watchDeadlinesJob(runtime: Runtime): JobDefinition {
  return {
    queue: 'returns.watch-deadlines',
    cron: '*/15 * * * *',
    retryLimit: 0,
    async handle() {
      await watchCaseDeadlines(runtime)
    },
  }
}
