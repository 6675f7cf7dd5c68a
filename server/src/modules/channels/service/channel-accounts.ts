import { randomUUID } from 'node:crypto'
import type { ServiceContext } from '../../../platform/context.js'
import type { SecretBox } from '../../../platform/crypto/secret-box.js'
import { randomSecret } from '../../../platform/crypto/secrets.js'
import { diffFields, recordEvent } from '../../../platform/events/record-event.js'
import { notFound } from '../../../platform/http/errors.js'
import type { ChannelKind } from '../contract.js'
import { assertValidCredentials, assertValidSettings } from '../settings-schemas.js'
import type { AssignmentMode, ChannelStatus, SlaCalendarSource, SlaClockMode } from '../tables.js'

/** The fields an admin may set on a channel account. */
export interface ChannelAccountInput {
  name?: string
  status?: ChannelStatus
  settings?: Record<string, unknown>
  /** Merged into the stored credentials; an empty string removes a field. */
  credentials?: Record<string, unknown>
  slaFirstResponseMinutes?: number | null
  slaNextResponseMinutes?: number | null
  slaClock?: SlaClockMode
  slaCalendar?: SlaCalendarSource
  assignmentMode?: AssignmentMode
  teamId?: string | null
}

/** Sensible first targets per kind: Amazon-style 24 h for marketplaces, faster for live chat. */
const DEFAULTS: Record<ChannelKind, Partial<ChannelAccountInput>> = {
  email: {
    slaFirstResponseMinutes: 8 * 60,
    slaNextResponseMinutes: 8 * 60,
    slaClock: 'working_time',
  },
  allegro: { slaFirstResponseMinutes: 24 * 60, slaNextResponseMinutes: 24 * 60, slaClock: '24/7' },
  widget: { slaFirstResponseMinutes: 15, slaNextResponseMinutes: 15, slaClock: 'working_time' },
}

/** Creates a channel account with its credentials sealed; widget accounts get their keys here. */
export async function createChannelAccount(
  ctx: ServiceContext,
  secrets: SecretBox,
  kind: ChannelKind,
  input: ChannelAccountInput & { name: string },
): Promise<string> {
  const id = randomUUID()
  const settings = { ...(input.settings ?? {}) }
  const credentials = { ...(input.credentials ?? {}) }
  if (kind === 'widget') {
    settings.widgetKey ??= randomSecret(18)
    credentials.identitySecret ??= randomSecret(32)
  }
  assertValidSettings(kind, settings)
  assertValidCredentials(kind, credentials)
  const { settings: _s, credentials: _c, status, ...columns } = { ...DEFAULTS[kind], ...input }
  await ctx.trx
    .insertInto('channelAccounts')
    .values({
      ...columns,
      status: status ?? 'active',
      id,
      workspaceId: ctx.workspaceId,
      kind,
      settings: JSON.stringify(settings),
      credentials: secrets.seal(credentials, id),
      syncCursor: JSON.stringify(null),
    })
    .execute()
  await recordEvent(ctx, {
    name: 'channels.account.created',
    entityType: 'channel_account',
    entityId: id,
    changes: { name: { from: null, to: input.name }, kind: { from: null, to: kind } },
  })
  return id
}

/** Changes an account; credential values never reach the audit log, only which were set. */
export async function updateChannelAccount(
  ctx: ServiceContext,
  secrets: SecretBox,
  id: string,
  input: ChannelAccountInput,
): Promise<void> {
  const before = await ctx.trx
    .selectFrom('channelAccounts')
    .selectAll()
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .forUpdate()
    .executeTakeFirst()
  if (!before) throw notFound('The channel account')
  const { settings, credentials, ...columns } = input
  const changes = diffFields(before as unknown as Record<string, unknown>, columns)
  const values: Record<string, unknown> = { ...columns, updatedAt: new Date() }
  if (settings) {
    const merged = { ...before.settings, ...settings }
    assertValidSettings(before.kind, merged)
    values.settings = JSON.stringify(merged)
    changes.settings = { from: before.settings, to: merged }
  }
  if (credentials && Object.keys(credentials).length > 0) {
    assertValidCredentials(before.kind, credentials)
    const current = before.credentials
      ? secrets.open<Record<string, unknown>>(before.credentials, id)
      : {}
    const next: Record<string, unknown> = { ...current, ...credentials }
    for (const [key, value] of Object.entries(credentials)) if (value === '') delete next[key]
    values.credentials = secrets.seal(next, id)
    changes.credentials = { from: '(hidden)', to: Object.keys(credentials).sort().join(', ') }
    // New credentials deserve a fresh try even if the old ones were refused.
    if (before.status === 'needs_auth' && !input.status) values.status = 'active'
  }
  await ctx.trx.updateTable('channelAccounts').set(values).where('id', '=', id).execute()
  if (Object.keys(changes).length > 0)
    await recordEvent(ctx, {
      name: 'channels.account.updated',
      entityType: 'channel_account',
      entityId: id,
      changes,
    })
}

/** Removes an account from use; its conversations and messages stay. */
export async function deleteChannelAccount(ctx: ServiceContext, id: string): Promise<void> {
  const row = await ctx.trx
    .updateTable('channelAccounts')
    .set({ deletedAt: new Date(), status: 'paused', credentials: null })
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .returning('name')
    .executeTakeFirst()
  if (!row) throw notFound('The channel account')
  await recordEvent(ctx, {
    name: 'channels.account.deleted',
    entityType: 'channel_account',
    entityId: id,
    changes: { name: { from: row.name, to: null } },
  })
}
