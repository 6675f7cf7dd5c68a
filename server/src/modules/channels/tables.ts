import type { ColumnType, Generated } from 'kysely'
import type { ChannelKind } from './contract.js'

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
type Json<T> = ColumnType<T, string, string>

/** How an SLA clock counts: every hour, or only working time. */
export type SlaClockMode = '24/7' | 'working_time'
/** Whose working time: the workspace's hours, or the marketplace's working days. */
export type SlaCalendarSource = 'workspace' | 'marketplace'
/** How new conversations of an account find an agent. */
export type AssignmentMode = 'manual' | 'round_robin' | 'load_based'
/** Whether an account syncs. */
export type ChannelStatus = 'active' | 'paused' | 'needs_auth'

/** Row types of the channels module's tables. */
export interface ChannelTables {
  channelAccounts: {
    id: string
    workspaceId: string
    kind: ChannelKind
    name: string
    settings: Json<Record<string, unknown>>
    /** AES-256-GCM sealed JSON bound to the row id; never sent to clients. */
    credentials: Buffer | null
    status: Generated<ChannelStatus>
    syncCursor: Json<Record<string, unknown> | null>
    lastSyncAt: Timestamp | null
    lastSuccessAt: Timestamp | null
    lastError: string | null
    lastErrorAt: Timestamp | null
    rateLimitedUntil: Timestamp | null
    slaFirstResponseMinutes: number | null
    slaNextResponseMinutes: number | null
    slaClock: Generated<SlaClockMode>
    slaCalendar: Generated<SlaCalendarSource>
    assignmentMode: Generated<AssignmentMode>
    teamId: string | null
    createdAt: Generated<Date>
    updatedAt: Generated<Date>
    deletedAt: Timestamp | null
  }
}
