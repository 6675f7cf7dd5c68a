import type { ColumnType, Kysely, Transaction } from 'kysely'
import type { ServiceContext } from '../../platform/context.js'
import type { DatabaseSchema } from '../../platform/db/schema.js'

type NullableTimestamp = ColumnType<
  Date | null,
  Date | string | null | undefined,
  Date | string | null
>

/** Row types of the webchat module's tables (a type alias: `withTables` needs an index signature). */
export type WebchatTables = {
  webchatVisitors: {
    workspaceId: string
    accountId: string
    /** The widget thread's external id; random, or derived from a verified shop user id. */
    visitorId: string
    name: string
    email: string
    orderNumber: string | null
    /** The last time a live stream of this visitor was open; null if it never was. */
    lastSeenAt: NullableTimestamp
    createdAt: ColumnType<Date, Date | string | undefined, never>
    updatedAt: ColumnType<Date, Date | string | undefined, Date | string>
  }
}

/** The caller's transaction, typed to see this module's tables as well. */
export function webchatDb(ctx: ServiceContext): Transaction<DatabaseSchema & WebchatTables> {
  return ctx.trx.withTables<WebchatTables>() as Transaction<DatabaseSchema & WebchatTables>
}

/** The owner connection typed with this module's tables (lookups before a workspace is known). */
export type WebchatOwnerDb = Kysely<DatabaseSchema & WebchatTables>
