import { type Selectable, sql } from 'kysely'
import type { ServiceContext } from '../../../platform/context.js'
import type { SecretBox } from '../../../platform/crypto/secret-box.js'
import { PRESENCE_CHANNEL } from '../../../platform/events/record-event.js'
import { notFound } from '../../../platform/http/errors.js'
import type { ConnectorAccount } from '../contract.js'
import type { AssignmentMode, ChannelTables, SlaCalendarSource, SlaClockMode } from '../tables.js'

/** A channel account with decrypted credentials, its cursor and its SLA settings, for jobs. */
export interface LoadedAccount extends ConnectorAccount {
  status: 'active' | 'paused' | 'needs_auth'
  deleted: boolean
  cursor: Record<string, unknown> | null
  rateLimitedUntil: Date | null
  sla: {
    firstResponseMinutes: number | null
    nextResponseMinutes: number | null
    clock: SlaClockMode
    calendar: SlaCalendarSource
  }
  assignmentMode: AssignmentMode
  teamId: string | null
}

/** Loads one account for a connector call; `lock` holds it so two syncs never overlap. */
export async function loadConnectorAccount(
  ctx: ServiceContext,
  secrets: SecretBox,
  id: string,
  options: { lock?: boolean } = {},
): Promise<LoadedAccount> {
  let query = ctx.trx.selectFrom('channelAccounts').selectAll().where('id', '=', id)
  if (options.lock) query = query.forUpdate()
  const row = await query.executeTakeFirst()
  if (!row) throw notFound('The channel account')
  return {
    ...accountPolicy(row),
    credentials: row.credentials ? secrets.open(row.credentials, row.id) : {},
    cursor: row.syncCursor,
  }
}

type AccountRow = Selectable<ChannelTables['channelAccounts']>

/** An account row as jobs use it, without credentials and cursor. */
function accountPolicy(row: AccountRow): Omit<LoadedAccount, 'credentials' | 'cursor'> {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    kind: row.kind,
    name: row.name,
    settings: row.settings,
    status: row.status,
    deleted: row.deletedAt !== null,
    rateLimitedUntil: row.rateLimitedUntil ? new Date(row.rateLimitedUntil) : null,
    sla: {
      firstResponseMinutes: row.slaFirstResponseMinutes,
      nextResponseMinutes: row.slaNextResponseMinutes,
      clock: row.slaClock,
      calendar: row.slaCalendar,
    },
    assignmentMode: row.assignmentMode,
    teamId: row.teamId,
  }
}

/** SLA and assignment settings of many accounts in one query (ingest of mixed batches). */
export async function accountPolicies(ctx: ServiceContext, ids: string[]) {
  if (ids.length === 0) return new Map<string, Omit<LoadedAccount, 'credentials' | 'cursor'>>()
  const rows = await ctx.trx
    .selectFrom('channelAccounts')
    .selectAll()
    .where('id', 'in', ids)
    .execute()
  return new Map(rows.map((row) => [row.id, accountPolicy(row)]))
}

/** How a sync or send ended, for the account's health panel. */
export type SyncOutcome =
  | { ok: true; cursor?: Record<string, unknown> | null; credentials?: Record<string, unknown> }
  | { ok: false; error: string; rateLimitedUntil?: Date; credentialsRejected?: boolean }

/** Stores the cursor, refreshed credentials and health after a connector call. */
export async function recordSyncOutcome(
  ctx: ServiceContext,
  secrets: SecretBox,
  id: string,
  outcome: SyncOutcome,
): Promise<void> {
  const now = new Date()
  const values: Record<string, unknown> = { lastSyncAt: now }
  if (outcome.ok) {
    Object.assign(values, { lastSuccessAt: now, lastError: null, rateLimitedUntil: null })
    if (outcome.cursor !== undefined) values.syncCursor = JSON.stringify(outcome.cursor)
    if (outcome.credentials) values.credentials = secrets.seal(outcome.credentials, id)
  } else {
    Object.assign(values, {
      lastError: outcome.error.slice(0, 2000),
      lastErrorAt: now,
      rateLimitedUntil: outcome.rateLimitedUntil ?? null,
    })
    if (outcome.credentialsRejected) values.status = 'needs_auth'
  }
  await ctx.trx.updateTable('channelAccounts').set(values).where('id', '=', id).execute()
  // Health changes every sync, too often for the audit log; open settings pages hear a signal.
  const signal = { workspaceId: ctx.workspaceId, signal: 'channel-health', accountId: id }
  await sql`select pg_notify(${PRESENCE_CHANNEL}, ${JSON.stringify(signal)})`.execute(ctx.trx)
}
