import { sql } from 'kysely'
import pg from 'pg'
import PgBoss from 'pg-boss'
import type { Logger } from 'pino'
import type { ServiceContext } from '../context.js'

// Jobs one polling loop takes at a time; they run concurrently within the loop.
const BATCH_SIZE = 8
// Any fixed 64-bit number; only queue declarations take this lock.
const DEFINE_LOCK = 7_346_118_903

/** A kind of background work: its queue, retry policy and handler. */
export interface JobDefinition<T extends object = Record<string, unknown>> {
  queue: string
  /** Attempts after the first; each waits retryDelaySeconds × 2^n (exponential backoff). */
  retryLimit?: number
  retryDelaySeconds?: number
  expireInSeconds?: number
  /** Run on this cron schedule (UTC) by whichever worker's clock fires first. */
  cron?: string
  handle(data: T & { workspaceId?: string }, job: { id: string; retryCount: number }): Promise<void>
}

/** A job that ran out of retries, as shown to admins. */
export interface FailedJob {
  id: string
  queue: string
  data: unknown
  lastError: string | null
  retryCount: number
  failedAt: string | null
}

/** pg-boss on the app's database, with sends that join the caller's transaction. */
export class JobQueue {
  readonly boss: PgBoss
  readonly pool: pg.Pool
  private readonly definitions = new Map<string, JobDefinition<never>>()

  constructor(
    connection: pg.ClientConfig,
    private readonly log: Logger,
  ) {
    this.pool = new pg.Pool({ ...connection, max: 4, application_name: 'aftersale-jobs' })
    this.pool.on('error', () => {})
    const pool = this.pool
    this.boss = new PgBoss({
      db: { executeSql: (text: string, values?: unknown[]) => pool.query(text, values) },
      schema: 'pgboss',
      supervise: true,
      schedule: true,
    })
    this.boss.on('error', (error) => this.log.error({ err: error }, 'job queue error'))
  }

  /** Installs or upgrades pg-boss's schema and lets the app role enqueue inside its transactions. */
  async start(appRole: string): Promise<void> {
    await this.boss.start()
    const role = pg.Client.prototype.escapeIdentifier(appRole)
    // Concurrent GRANTs on the same catalog rows fail ("tuple concurrently updated") when
    // several processes start at once; they take turns under the declarations' lock.
    const lock = await this.pool.connect()
    try {
      await lock.query('select pg_advisory_lock($1)', [DEFINE_LOCK])
      await lock.query(
        `grant usage on schema pgboss to ${role};
         grant select on all tables in schema pgboss to ${role};
         grant insert on pgboss.job to ${role};`,
      )
    } finally {
      await lock.query('select pg_advisory_unlock($1)', [DEFINE_LOCK]).catch(() => {})
      lock.release()
    }
  }

  /** Declares queues (idempotent) so that sends and workers can use them. */
  async define(definitions: JobDefinition<never>[]): Promise<void> {
    for (const definition of definitions) this.definitions.set(definition.queue, definition)
    if (definitions.length === 0) return
    // Creating a queue adds partitions (DDL); processes starting together would deadlock on it,
    // so they take turns under one advisory lock.
    const lock = await this.pool.connect()
    try {
      await lock.query('select pg_advisory_lock($1)', [DEFINE_LOCK])
      for (const definition of definitions) await this.declare(definition)
    } finally {
      await lock.query('select pg_advisory_unlock($1)', [DEFINE_LOCK]).catch(() => {})
      lock.release()
    }
  }

  private async declare(definition: JobDefinition<never>): Promise<void> {
    const options = {
      name: definition.queue,
      retryLimit: definition.retryLimit ?? 5,
      retryDelay: definition.retryDelaySeconds ?? 5,
      retryBackoff: true,
      expireInSeconds: definition.expireInSeconds ?? 15 * 60,
    }
    if (await this.boss.getQueue(definition.queue))
      await this.boss.updateQueue(definition.queue, options)
    else await this.boss.createQueue(definition.queue, options)
    if (definition.cron)
      await this.boss.schedule(definition.queue, definition.cron, {}, { tz: 'UTC' })
  }

  /** Enqueues a job inside the caller's transaction: it exists only if that transaction commits. */
  async send(
    ctx: Pick<ServiceContext, 'trx' | 'workspaceId'>,
    queue: string,
    data: Record<string, unknown>,
    options: { singletonKey?: string; startAfterSeconds?: number } = {},
  ): Promise<string | null> {
    if (!this.definitions.has(queue)) throw new Error(`Unknown job queue ${queue}`)
    const trx = ctx.trx
    return this.boss.send(
      queue,
      { ...data, workspaceId: ctx.workspaceId },
      {
        singletonKey: options.singletonKey,
        // As an instant, not seconds: pg-boss's insert casts a bare number to timestamptz in one
        // CASE arm, which PostgreSQL may evaluate for bound parameters and then fails.
        startAfter: options.startAfterSeconds
          ? new Date(Date.now() + options.startAfterSeconds * 1000)
          : undefined,
        db: {
          executeSql: async (text: string, values: unknown[]) => {
            const result = await positional(text, values).execute(trx)
            return { rows: result.rows }
          },
        },
      },
    )
  }

  /**
   * Starts `concurrency` polling loops per queue; each takes a batch and runs its jobs side by
   * side, failing only the ones that threw (pg-boss completes the rest), so one slow or failing
   * job neither blocks nor retries its neighbours.
   */
  async work(concurrency: number): Promise<void> {
    for (const definition of this.definitions.values()) {
      const queue = definition.queue
      for (let loop = 0; loop < concurrency; loop++)
        await this.boss.work(
          queue,
          { batchSize: BATCH_SIZE, pollingIntervalSeconds: 0.5, includeMetadata: true },
          async (jobs) => {
            await Promise.all(
              jobs.map(async (job) => {
                try {
                  await definition.handle(job.data as never, {
                    id: job.id,
                    retryCount: job.retryCount ?? 0,
                  })
                } catch (error) {
                  await this.boss
                    .fail(queue, job.id, errorOutput(error))
                    .catch((failure) =>
                      this.log.error({ err: failure, queue }, 'could not mark a job failed'),
                    )
                }
              }),
            )
          },
        )
    }
  }

  /** Failed jobs of one workspace, newest first, with their last error. */
  async failed(workspaceId: string, limit = 100): Promise<FailedJob[]> {
    const result = await this.pool.query(
      `select id, name, data, output, retry_count, completed_on
         from pgboss.job
        where state = 'failed' and data->>'workspaceId' = $1
        order by completed_on desc nulls last
        limit $2`,
      [workspaceId, limit],
    )
    return result.rows.map((row) => ({
      id: row.id,
      queue: row.name,
      data: row.data,
      lastError: errorText(row.output),
      retryCount: row.retry_count,
      failedAt: row.completed_on ? new Date(row.completed_on).toISOString() : null,
    }))
  }

  /** Puts a failed job of this workspace back in its queue; false when there is no such job. */
  async retry(workspaceId: string, jobId: string): Promise<boolean> {
    const result = await this.pool.query(
      `select name from pgboss.job where id = $1 and state = 'failed' and data->>'workspaceId' = $2`,
      [jobId, workspaceId],
    )
    const row = result.rows[0]
    if (!row) return false
    await this.boss.retry(row.name, jobId)
    return true
  }

  /** Job counts by queue and state, for /metrics. */
  async counts(): Promise<{ queue: string; state: string; count: number }[]> {
    const result = await this.pool.query(
      'select name, state, count(*)::int as count from pgboss.job group by name, state',
    )
    return result.rows.map((row) => ({ queue: row.name, state: row.state, count: row.count }))
  }

  /** True when the queue's database answers. */
  async ping(): Promise<boolean> {
    await this.pool.query('select 1 from pgboss.version')
    return true
  }

  async stop(): Promise<void> {
    // Long enough for jobs in flight to finish and be completed: ending the pool under a job
    // that pg-boss still has to complete fails that completion (and the job runs again).
    await this.boss.stop({ graceful: true, wait: true, timeout: 30_000 })
    await this.pool.end()
  }
}

function errorText(output: unknown): string | null {
  if (output == null) return null
  if (typeof output === 'object' && output !== null && 'message' in output) {
    return String((output as { message: unknown }).message)
  }
  return JSON.stringify(output)
}

// pg-boss hands us $1-style SQL; rebuild it as a Kysely template so the values stay bound
// parameters (never inlined) and the statement runs on the caller's transaction.
function positional(text: string, values: unknown[]) {
  const strings: string[] = []
  const bound: unknown[] = []
  let last = 0
  for (const match of text.matchAll(/\$(\d+)/g)) {
    strings.push(text.slice(last, match.index))
    bound.push(values[Number(match[1]) - 1])
    last = (match.index ?? 0) + match[0].length
  }
  strings.push(text.slice(last))
  const template = Object.assign([...strings], { raw: [...strings] }) as TemplateStringsArray
  return sql<Record<string, unknown>>(template, ...bound)
}

/** A thrown error as pg-boss stores a failed job's output (what the failed-jobs page shows). */
function errorOutput(error: unknown): object {
  return error instanceof Error
    ? { message: error.message, name: error.name }
    : { message: String(error) }
}
