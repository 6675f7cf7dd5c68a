// Child process for the outbox crash test: opens a workspace transaction that writes a row, its
// domain event and a job, prints READY, and waits to be killed (or commits first with --commit).
import { updateWorkspace } from '../modules/identity/service/workspace.js'
import { modules } from '../modules/registry.js'
import { loadConfig } from '../platform/config.js'
import { createLogger } from '../platform/logger.js'
import { startRuntime } from '../platform/runtime.js'
import { echoJob } from './echo-job.js'
import { TEST_APP_ROLE } from './test-database.js'

const [attachJson, workspaceId, newName, mode] = process.argv.slice(2)
const config = loadConfig({ LOG_LEVEL: 'silent', AFTERSALE_APP_DB_ROLE: TEST_APP_ROLE })
const runtime = await startRuntime(
  config,
  createLogger(config),
  [...modules, { name: 'test-jobs', migrations: () => [], jobs: () => [echoJob(async () => {})] }],
  { attachTo: JSON.parse(attachJson!) },
)
const scope = {
  workspaceId: workspaceId!,
  actor: { type: 'system' as const, id: null, label: 'crash test' },
}
await runtime.inWorkspace(scope, async (ctx) => {
  await updateWorkspace(ctx, { name: newName! })
  await ctx.jobs.send(ctx, echoJob(async () => {}).queue, { note: newName })
  if (mode !== '--commit') {
    process.stdout.write('READY\n')
    await new Promise(() => {}) // killed here, mid-transaction
  }
})
process.stdout.write('READY\n')
await new Promise(() => {}) // killed here, after commit, before any worker ran the job
