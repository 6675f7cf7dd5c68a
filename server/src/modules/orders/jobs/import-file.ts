import fs from 'node:fs'
import type { Actor } from '../../../platform/context.js'
import type { JobDefinition } from '../../../platform/jobs/job-queue.js'
import type { Runtime } from '../../../platform/runtime.js'
import { refreshCustomerMetrics } from '../service/apply-orders.js'
import { importCsv } from '../service/import/import-csv.js'
import { importUploadPath } from '../service/import/import-uploads.js'

/** The queue uploads are imported from. */
export const IMPORT_FILE_QUEUE = 'orders.import-file'

/** What an upload's job needs: the run it fills and who started it. */
export interface ImportFileJobData {
  runId: string
  kind: 'orders' | 'products'
  fileName: string
  actor: Actor
}

const RETRY_LIMIT = 3

/**
 * Imports an uploaded CSV from `<dataDir>/imports/<run id>.csv`, then deletes it. Safe to
 * retry: a rerun restarts the run's counters and re-reads the file, and the idempotent writes
 * skip what the failed attempt stored. A missing file means an earlier attempt finished.
 */
export function importFileJob(runtime: Runtime): JobDefinition<ImportFileJobData> {
  return {
    queue: IMPORT_FILE_QUEUE,
    retryLimit: RETRY_LIMIT,
    retryDelaySeconds: 30,
    // 200 MB at the embedded database's slowest measured pace stays well inside this.
    expireInSeconds: 6 * 3600,
    async handle(data, job) {
      const workspaceId = data.workspaceId as string
      const file = importUploadPath(runtime.config.dataDir, data.runId)
      const size = await fs.promises.stat(file).then(
        (stat) => stat.size,
        () => null,
      )
      if (size === null) {
        runtime.log.warn({ runId: data.runId }, 'import file is gone; the run was finished before')
        return
      }
      try {
        await importCsv(runtime, {
          workspaceId,
          actor: data.actor,
          kind: data.kind,
          input: fs.createReadStream(file, { highWaterMark: 256 * 1024 }),
          fileName: data.fileName,
          bytesTotal: size,
          runId: data.runId,
          afterBatch: refreshCustomerMetrics,
        })
      } catch (error) {
        if (job.retryCount >= RETRY_LIMIT) await fs.promises.rm(file, { force: true })
        throw error
      }
      await fs.promises.rm(file, { force: true })
    },
  }
}
