import type { AppModule } from '../../platform/module.js'
import { customerMigrations } from './migrations/index.js'

export {
  type CustomerSummary,
  customerSummaries,
  customersMatching,
  escapeLike,
} from './service/customer-summaries.js'
export { type CustomerReference, resolveCustomers } from './service/resolve-customers.js'
export { ensureTags, listTags, type Tag } from './service/tags.js'
export type { CustomerTables } from './tables.js'

/** Customers, their identities on each channel, and the tags shared with conversations. */
export const customersModule: AppModule = {
  name: 'customers',
  migrations: customerMigrations,
}
