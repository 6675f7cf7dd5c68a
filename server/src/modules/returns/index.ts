import type { AppModule } from '../../platform/module.js'
import {
  pushAllegroClaimDecisionJob,
  pushAllegroRefundJob,
  pushAllegroRejectionJob,
  syncAllegroCasesJob,
} from './jobs/allegro-jobs.js'
import { sendCaseMailJob } from './jobs/send-case-mail.js'
import { watchDeadlinesJob } from './jobs/watch-deadlines.js'
import { returnMigrations } from './migrations/index.js'
import { registerReturnsRoutes } from './routes/index.js'
import { seedReturnsDemo } from './seed-demo.js'
import { returnsCustomerData } from './service/customer-data.js'

export { syncAllAllegroCases } from './jobs/allegro-jobs.js'
export { openReturnCase } from './service/open-case.js'
export { watchCaseDeadlines } from './service/watch-case-deadlines.js'
export type { ReturnTables } from './tables.js'

/** Returns and complaints: cases under the statutory deadline engine, the portal, refunds and evidence. */
export const returnsModule: AppModule = {
  name: 'returns',
  migrations: returnMigrations,
  jobs: (runtime) => [
    sendCaseMailJob(runtime) as never,
    watchDeadlinesJob(runtime),
    syncAllegroCasesJob(runtime),
    pushAllegroRefundJob(runtime) as never,
    pushAllegroRejectionJob(runtime) as never,
    pushAllegroClaimDecisionJob(runtime) as never,
  ],
  routes: registerReturnsRoutes,
  customerData: returnsCustomerData,
  seedDemo: seedReturnsDemo,
}
