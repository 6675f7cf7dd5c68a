import { sql } from 'kysely'
import type { Runtime } from '../../../../platform/runtime.js'

const FIRST_AT = 10_000
const GROWTH = 4

const TABLES = {
  orders: sql`orders, order_items, order_status_events, shipments, customers, customer_identities`,
  products: sql`products`,
}

/**
 * Keeps the planner's statistics in step with a bulk load: after 10,000 imported rows, then
 * each time the count has grown fourfold, it ANALYZEs the tables the import fills. Without it
 * a fast load into fresh tables runs on "empty table" estimates (autovacuum acts only after a
 * minute; embedded PGlite has none) and lookups by e-mail or external id turn into scans of the
 * whole workspace, batch after batch (PostgreSQL docs, "Populating a Database": run ANALYZE
 * afterwards). Runs as the owner role, which ANALYZE requires.
 */
export class PlannerStatistics {
  private nextAt = FIRST_AT

  constructor(
    private readonly runtime: Runtime,
    private readonly kind: 'orders' | 'products',
  ) {}

  /** Analyzes when `rowsImported` has passed the next threshold. */
  async refreshAfter(rowsImported: number): Promise<void> {
    if (rowsImported < this.nextAt) return
    while (this.nextAt <= rowsImported) this.nextAt *= GROWTH
    await sql`analyze ${TABLES[this.kind]}`.execute(this.runtime.database.db)
  }
}
