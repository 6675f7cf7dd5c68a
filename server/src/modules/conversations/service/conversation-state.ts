import { sql } from 'kysely'
import type { ServiceContext } from '../../../platform/context.js'
import type { ConversationFacts } from '../rules/conversation-facts.js'
import { slaDueTimes, slaState } from '../rules/sla-due.js'
import type { SlaSetup } from './sla-setup.js'

/** Facts of existing conversations keyed by id, for read-modify-write in one transaction. */
export async function loadFacts(
  ctx: ServiceContext,
  ids: string[],
): Promise<Map<string, ConversationFacts & { channelAccountId: string }>> {
  if (ids.length === 0) return new Map()
  const rows = await ctx.trx
    .selectFrom('conversations')
    .select([
      'id',
      'channelAccountId',
      'status',
      'snoozedUntil',
      'resolvedAt',
      'waitingSince',
      'firstInboundAt',
      'firstReplyAt',
      'lastMessageAt',
      'lastInboundAt',
      'messageCount',
      'preview',
    ])
    .where('id', 'in', ids)
    .forUpdate()
    .execute()
  return new Map(rows.map(({ id, ...facts }) => [id, facts]))
}

/** Writes facts and their SLA due times for many conversations in one statement. */
export async function saveFacts(
  ctx: ServiceContext,
  updates: { id: string; facts: ConversationFacts; sla: SlaSetup }[],
  now = new Date(),
): Promise<void> {
  if (updates.length === 0) return
  const col = <T>(pick: (u: (typeof updates)[number]) => T) => updates.map(pick)
  const iso = (d: Date | null) => (d ? d.toISOString() : null)
  const dues = updates.map((u) =>
    slaDueTimes(
      {
        firstInboundAt: u.facts.firstInboundAt,
        firstReplyAt: u.facts.firstReplyAt,
        waitingSince: u.facts.waitingSince,
      },
      u.sla.policy,
      u.sla.calendar,
    ),
  )
  const states = dues.map((due, i) =>
    updates[i]?.facts.status === 'open' ? slaState(now, due) : 'none',
  )
  await sql`update conversations c set
      status = v.status, snoozed_until = v.snoozed_until, resolved_at = v.resolved_at,
      waiting_since = v.waiting_since, first_inbound_at = v.first_inbound_at,
      first_reply_at = v.first_reply_at, last_message_at = v.last_message_at,
      last_inbound_at = v.last_inbound_at, message_count = v.message_count, preview = v.preview,
      first_response_due_at = v.first_due, next_response_due_at = v.next_due,
      sla_due_at = v.due, sla_at_risk_at = v.at_risk, sla_state = v.sla_state,
      sla_sort = coalesce(v.due, 'infinity'), updated_at = now()
    from unnest(
      ${col((u) => u.id)}::uuid[], ${col((u) => u.facts.status)}::text[],
      ${col((u) => iso(u.facts.snoozedUntil))}::timestamptz[],
      ${col((u) => iso(u.facts.resolvedAt))}::timestamptz[],
      ${col((u) => iso(u.facts.waitingSince))}::timestamptz[],
      ${col((u) => iso(u.facts.firstInboundAt))}::timestamptz[],
      ${col((u) => iso(u.facts.firstReplyAt))}::timestamptz[],
      ${col((u) => iso(u.facts.lastMessageAt))}::timestamptz[],
      ${col((u) => iso(u.facts.lastInboundAt))}::timestamptz[],
      ${col((u) => u.facts.messageCount)}::int[], ${col((u) => u.facts.preview)}::text[],
      ${dues.map((d) => iso(d.firstResponseDueAt))}::timestamptz[],
      ${dues.map((d) => iso(d.nextResponseDueAt))}::timestamptz[],
      ${dues.map((d) => iso(d.dueAt))}::timestamptz[],
      ${dues.map((d) => iso(d.atRiskAt))}::timestamptz[],
      ${states}::text[]
    ) as v(id, status, snoozed_until, resolved_at, waiting_since, first_inbound_at, first_reply_at,
           last_message_at, last_inbound_at, message_count, preview, first_due, next_due, due,
           at_risk, sla_state)
    where c.id = v.id`.execute(ctx.trx)
}
