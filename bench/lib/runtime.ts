import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { modules } from '../../server/src/modules/registry.js'
import { loadConfig } from '../../server/src/platform/config.js'
import { systemActor } from '../../server/src/platform/context.js'
// The HTTP layer's module augmentations (request.principal, cookies, route schema tags) are
// declared there; the modules' route files type-check only with them in the program.
import type {} from '../../server/src/platform/http/app.js'
import { createLogger } from '../../server/src/platform/logger.js'
import { type Runtime, startRuntime } from '../../server/src/platform/runtime.js'

/** A runtime (migrations applied, no workers) on a scratch database, and how to stop it. */
export async function startBenchRuntime(
  scratchEnv: Record<string, string>,
): Promise<{ runtime: Runtime; close(): Promise<void> }> {
  const ownDir = scratchEnv.AFTERSALE_DATA_DIR
    ? null
    : fs.mkdtempSync(path.join(os.tmpdir(), 'aftersale-bench-files-'))
  const config = loadConfig({
    LOG_LEVEL: 'warn',
    AFTERSALE_DEMO: '0',
    ...(ownDir ? { AFTERSALE_DATA_DIR: ownDir } : {}),
    ...scratchEnv,
  })
  const runtime = await startRuntime(config, createLogger(config), modules)
  return {
    runtime,
    async close() {
      await runtime.close()
      if (ownDir) fs.rmSync(ownDir, { recursive: true, force: true })
    },
  }
}

/** The scope benchmarks act in: a workspace, as Aftersale itself. */
export const benchScope = (workspaceId: string) => ({
  workspaceId,
  actor: systemActor('bench'),
})

/** `embedded PGlite` or `PostgreSQL`, for table titles. */
export const backendName = () => (process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite')
