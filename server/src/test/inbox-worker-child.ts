// Child process for the inbox crash tests: a worker (jobs + background loops) on the shared test
// database, printing READY once it runs; the test kills it with SIGKILL mid-work.
import { modules } from '../modules/registry.js'
import { loadConfig } from '../platform/config.js'
import { createLogger } from '../platform/logger.js'
import { startRuntime } from '../platform/runtime.js'
import { TEST_APP_ROLE } from './test-database.js'

const [attachJson, dataDir] = process.argv.slice(2)
const config = loadConfig({
  LOG_LEVEL: process.env.CHILD_LOG_LEVEL ?? 'silent',
  AFTERSALE_APP_DB_ROLE: TEST_APP_ROLE,
  AFTERSALE_SECRET_KEY: '00'.repeat(32),
  AFTERSALE_DATA_DIR: dataDir as string,
  AFTERSALE_DELIVERY_TIMEOUT_SECONDS: '3',
})
const runtime = await startRuntime(config, createLogger(config), modules, {
  attachTo: JSON.parse(attachJson as string),
})
await runtime.jobs.work(4)
for (const module of modules) await module.background?.(runtime)
process.stdout.write('READY\n')
