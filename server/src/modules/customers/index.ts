import type { AppModule } from '../../platform/module.js'
import { matchCustomersJob } from './jobs/match-customers.js'
import { recomputeSegmentsJob } from './jobs/recompute-segments.js'
import { customerMigrations } from './migrations/index.js'
import { registerCustomersRoutes } from './routes/index.js'

export { matchCustomers } from './jobs/match-customers.js'
export { recomputeAllSegments } from './jobs/recompute-segments.js'
export { type ConsentPurpose, marketingAllowed, recordConsent } from './service/consents.js'
export { customerDataProviders, type NamedCustomerData } from './service/customer-data-providers.js'
export {
  type CustomerSignalsRow,
  type OrderMetricsRow,
  recordCustomerSignals,
  recordOrderMetrics,
} from './service/customer-metrics.js'
export { type CustomerProfile, customerProfile } from './service/customer-profile.js'
export {
  type CustomerSummary,
  customerSummaries,
  customersMatching,
  escapeLike,
} from './service/customer-summaries.js'
export { type ErasureResult, eraseCustomer } from './service/erase-customer.js'
export { exportCustomer } from './service/export-customer.js'
export { addIdentity, listIdentities } from './service/identities.js'
export { customerIdentitiesChanged, MATCH_CUSTOMERS_QUEUE } from './service/identities-changed.js'
export { type CustomerListItem, listCustomers } from './service/list-customers.js'
export { findMatchSuggestions } from './service/match-suggestions.js'
export { mergeCustomers } from './service/merge-customers.js'
export { recomputeSegments, refreshRfmThresholds } from './service/recompute-segments.js'
export { type CustomerReference, resolveCustomers } from './service/resolve-customers.js'
export { ensureTags, listTags, type Tag } from './service/tags.js'
export { unmergeCustomers } from './service/unmerge-customers.js'
export { type CustomerChange, updateCustomer } from './service/update-customer.js'
export type { CustomerTables } from './tables.js'

/** Customers: identities, duplicates and merges, profile, consent, segments, saved filters, GDPR. */
export const customersModule: AppModule = {
  name: 'customers',
  migrations: customerMigrations,
  jobs: (runtime) => [matchCustomersJob(runtime), recomputeSegmentsJob(runtime)],
  routes: registerCustomersRoutes,
}
