import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import { inject } from 'vitest'
import { createApp } from '../app.js'
import { IDENTITY_CHANNEL } from '../modules/identity/index.js'
import { modules } from '../modules/registry.js'
import { loadConfig } from '../platform/config.js'
import type { JobDefinition } from '../platform/jobs/job-queue.js'
import { createLogger } from '../platform/logger.js'
import type { AppModule } from '../platform/module.js'
import { type Runtime, startRuntime } from '../platform/runtime.js'
import { TEST_APP_ROLE } from './test-database.js'

const TEST_SECRET_KEY = '00'.repeat(32)
const testDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftersale-test-data-'))

/** A runtime on the shared test database, with an optional extra module (e.g. test-only jobs). */
export async function createTestRuntime(
  options: { env?: Record<string, string>; jobs?: JobDefinition<never>[] } = {},
): Promise<Runtime> {
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    AFTERSALE_APP_DB_ROLE: TEST_APP_ROLE,
    AFTERSALE_SECRET_KEY: TEST_SECRET_KEY,
    AFTERSALE_DATA_DIR: testDataDir,
    ...options.env,
  })
  const extra: AppModule[] = options.jobs
    ? [{ name: 'test-jobs', migrations: () => [], jobs: () => options.jobs! }]
    : []
  return startRuntime(config, createLogger(config), [...modules, ...extra], {
    attachTo: inject('testDatabase'),
    channels: [IDENTITY_CHANNEL],
  })
}

/** A runtime plus its HTTP app (not listening; use `app.inject`). */
export async function createTestApp(options: Parameters<typeof createTestRuntime>[0] = {}) {
  const runtime = await createTestRuntime(options)
  const app: FastifyInstance = await createApp(runtime, { serveWeb: false })
  await app.ready()
  return {
    runtime,
    app,
    async close() {
      await app.close()
      await runtime.close()
    },
  }
}
