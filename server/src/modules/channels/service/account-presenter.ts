import type { ServiceContext } from '../../../platform/context.js'
import type { SecretBox } from '../../../platform/crypto/secret-box.js'
import type { ChannelKind } from '../contract.js'
import { CREDENTIAL_FIELDS } from '../settings-schemas.js'

/** A channel account as admins see it: settings, which secrets are set, SLA and sync health. */
export interface ChannelAccountView {
  id: string
  kind: ChannelKind
  name: string
  status: string
  settings: Record<string, unknown>
  credentialsSet: string[]
  sla: {
    firstResponseMinutes: number | null
    nextResponseMinutes: number | null
    clock: string
    calendar: string
  }
  assignmentMode: string
  teamId: string | null
  health: {
    lastSyncAt: string | null
    lastSuccessAt: string | null
    lastError: string | null
    lastErrorAt: string | null
    rateLimitedUntil: string | null
  }
  createdAt: string
}

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null)

/** Lists the workspace's live channel accounts (one query). */
export async function listChannelAccounts(
  ctx: ServiceContext,
  secrets: SecretBox,
  filter: { id?: string } = {},
): Promise<ChannelAccountView[]> {
  let query = ctx.trx
    .selectFrom('channelAccounts')
    .selectAll()
    .where('deletedAt', 'is', null)
    .orderBy('createdAt')
  if (filter.id) query = query.where('id', '=', filter.id)
  const rows = await query.execute()
  return rows.map((row) => {
    const credentials = row.credentials
      ? secrets.open<Record<string, unknown>>(row.credentials, row.id)
      : {}
    return {
      id: row.id,
      kind: row.kind,
      name: row.name,
      status: row.status,
      settings: row.settings,
      credentialsSet: CREDENTIAL_FIELDS[row.kind].filter((f) => credentials[f] !== undefined),
      sla: {
        firstResponseMinutes: row.slaFirstResponseMinutes,
        nextResponseMinutes: row.slaNextResponseMinutes,
        clock: row.slaClock,
        calendar: row.slaCalendar,
      },
      assignmentMode: row.assignmentMode,
      teamId: row.teamId,
      health: {
        lastSyncAt: iso(row.lastSyncAt),
        lastSuccessAt: iso(row.lastSuccessAt),
        lastError: row.lastError,
        lastErrorAt: iso(row.lastErrorAt),
        rateLimitedUntil: iso(row.rateLimitedUntil),
      },
      createdAt: iso(row.createdAt) as string,
    }
  })
}
