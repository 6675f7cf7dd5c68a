import type { JobDefinition } from '../platform/jobs/job-queue.js'

/** A test-only job that hands its data to `onRun`. */
export function echoJob(
  onRun: (data: Record<string, unknown>) => Promise<void>,
  options: { queue?: string; retryLimit?: number } = {},
): JobDefinition<never> {
  return {
    queue: options.queue ?? 'test.echo',
    retryLimit: options.retryLimit ?? 0,
    retryDelaySeconds: 1,
    handle: (data) => onRun(data as Record<string, unknown>),
  }
}
