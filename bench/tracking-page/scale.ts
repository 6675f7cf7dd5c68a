import { isSmall } from '../lib/table.js'

/** Orders in the measured shop (small: 1/10). */
export const ORDERS = isSmall ? 1_000 : 10_000
/** Orders of a neighbouring workspace, so that row-level security has rows to filter out. */
export const NEIGHBOUR_ORDERS = isSmall ? 100 : 1_000

/** Concurrent connections of the load generator. */
export const CONNECTIONS = 200
/** How long the measured load lasts (small: 5 s). */
export const SECONDS = isSmall ? 5 : 20
/** An unmeasured run first: JIT, the token cache, the pool's connections. */
export const WARM_UP_SECONDS = isSmall ? 1 : 3

/** Orders per upsertOrders call (one transaction). */
export const BATCH = 1_000
