import { createDemoWorkspace } from './modules/identity/index.js'
import type { Runtime } from './platform/runtime.js'

/** Result of seeding: the owner's login, shown once. */
export interface SeededDemo {
  workspaceId: string
  ownerEmail: string
  ownerPassword: string
}

/** Creates the demo workspace and lets every module add its data; null when it already exists. */
export async function seedDemo(runtime: Runtime): Promise<SeededDemo | null> {
  const created = await createDemoWorkspace(runtime)
  if (!created) return null
  for (const module of runtime.modules) {
    if (!module.seedDemo) continue
    runtime.log.info({ module: module.name }, 'seeding demo data')
    await module.seedDemo(runtime, created.demo)
  }
  return {
    workspaceId: created.demo.workspaceId,
    ownerEmail: created.ownerEmail,
    ownerPassword: created.ownerPassword,
  }
}
