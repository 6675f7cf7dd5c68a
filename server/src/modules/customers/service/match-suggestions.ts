import { sql } from 'kysely'
import type { ServiceContext } from '../../../platform/context.js'
import { recordEvent } from '../../../platform/events/record-event.js'
import { notFound } from '../../../platform/http/errors.js'
import { type MatchVerdict, matchCandidates } from '../rules/customer-match.js'
import { loadCustomerFacts } from './customer-facts.js'
import { matchCandidateIds } from './match-candidates.js'

/** A likely duplicate of a customer, as stored and shown to agents. */
export interface MatchSuggestion {
  customerId: string
  candidateId: string
  verdict: MatchVerdict
  /** 'open' until an agent merges or dismisses the pair. */
  status: 'open' | 'merged' | 'dismissed'
}

// A pair is stored once, the smaller id first, whichever side found it.
const ordered = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a])

/**
 * Scores every customer in `customerIds` against the customers sharing an e-mail mailbox, a
 * phone or a post code with it (matchCustomers), stores pairs worth asking about and drops
 * stale open ones; a fixed number of queries per batch. Dismissed and merged pairs keep their
 * status, which the result reports so that callers never re-merge what an agent separated.
 */
export async function findMatches(
  ctx: ServiceContext,
  customerIds: string[],
): Promise<MatchSuggestion[]> {
  const targets = await loadCustomerFacts(ctx, customerIds)
  if (targets.size === 0) return []
  const candidateIds = await matchCandidateIds(ctx, [...targets.values()])
  const facts = await loadCustomerFacts(ctx, [
    ...new Set([...candidateIds.values()].flatMap((s) => [...s])),
  ])
  const pairs = new Map<string, MatchSuggestion>()
  for (const target of targets.values()) {
    const candidates = [...(candidateIds.get(target.id) ?? [])].flatMap((id) => {
      const f = facts.get(id) ?? targets.get(id)
      return f ? [f] : []
    })
    for (const ranked of matchCandidates(target, candidates)) {
      const [customerId, candidateId] = ordered(target.id, ranked.id)
      pairs.set(`${customerId}|${candidateId}`, {
        customerId,
        candidateId,
        verdict: ranked.verdict,
        status: 'open',
      })
    }
  }
  const found = [...pairs.values()]
  const targetIds = [...targets.keys()]
  // Open pairs of these customers that no longer match are stale.
  await sql`delete from customer_match_suggestions s
    where s.status = 'open'
      and (s.customer_id = any(${targetIds}::uuid[]) or s.candidate_id = any(${targetIds}::uuid[]))
      and (s.customer_id, s.candidate_id) not in (
        select * from unnest(${found.map((p) => p.customerId)}::uuid[], ${found.map((p) => p.candidateId)}::uuid[]))`.execute(
    ctx.trx,
  )
  if (found.length === 0) return []
  const stored = await ctx.trx
    .insertInto('customerMatchSuggestions')
    .values(
      found.map((p) => ({
        workspaceId: ctx.workspaceId,
        customerId: p.customerId,
        candidateId: p.candidateId,
        confidence: p.verdict.confidence,
        reasons: JSON.stringify(p.verdict.reasons),
      })),
    )
    .onConflict((oc) =>
      oc.columns(['customerId', 'candidateId']).doUpdateSet((eb) => ({
        confidence: sql`case when customer_match_suggestions.status = 'open' then ${eb.ref('excluded.confidence')} else customer_match_suggestions.confidence end`,
        reasons: sql`case when customer_match_suggestions.status = 'open' then ${eb.ref('excluded.reasons')} else customer_match_suggestions.reasons end`,
      })),
    )
    .returning(['customerId', 'candidateId', 'status'])
    .execute()
  for (const row of stored) {
    const pair = pairs.get(`${row.customerId}|${row.candidateId}`)
    if (pair) pair.status = row.status
  }
  return found
}

/** Looks for duplicates of one customer now and returns what it found (stored as suggestions). */
export async function findMatchSuggestions(
  ctx: ServiceContext,
  customerId: string,
): Promise<MatchSuggestion[]> {
  const exists = await ctx.trx
    .selectFrom('customers')
    .select('id')
    .where('id', '=', customerId)
    .executeTakeFirst()
  if (!exists) throw notFound('The customer')
  return findMatches(ctx, [customerId])
}

/** An open suggestion from one customer's side: who the other one is and why. */
export interface OpenSuggestion {
  candidate: { id: string; name: string | null; email: string | null; phone: string | null }
  confidence: number
  reasons: { code: string; detail: string; weight: number }[]
  createdAt: Date
}

/** Open suggestions involving each customer (both sides of a pair), most confident first; one query. */
export async function openSuggestions(
  ctx: ServiceContext,
  customerIds: string[],
): Promise<Map<string, OpenSuggestion[]>> {
  const result = new Map<string, OpenSuggestion[]>(customerIds.map((id) => [id, []]))
  if (customerIds.length === 0) return result
  const { rows } = await sql<{
    selfId: string
    otherId: string
    name: string | null
    email: string | null
    phone: string | null
    confidence: number
    reasons: OpenSuggestion['reasons']
    createdAt: Date
  }>`select me.id as self_id, other.id as other_id, other.name, other.email::text as email, other.phone,
      s.confidence, s.reasons, s.created_at
    from customer_match_suggestions s
    cross join lateral (values (s.customer_id, s.candidate_id), (s.candidate_id, s.customer_id)) as side(self_id, other_id)
    join customers me on me.id = side.self_id
    join customers other on other.id = side.other_id
    where s.status = 'open' and side.self_id = any(${customerIds}::uuid[])
      and other.merged_into_id is null and other.erased_at is null
    order by s.confidence desc, other.id`.execute(ctx.trx)
  for (const row of rows)
    result.get(row.selfId)?.push({
      candidate: { id: row.otherId, name: row.name, email: row.email, phone: row.phone },
      confidence: row.confidence,
      reasons: row.reasons,
      createdAt: row.createdAt,
    })
  return result
}

/** Marks a pair as not the same person; later matching keeps them apart. */
export async function dismissSuggestion(
  ctx: ServiceContext,
  customerId: string,
  candidateId: string,
): Promise<void> {
  const [first, second] = ordered(customerId, candidateId)
  const dismissed = await ctx.trx
    .updateTable('customerMatchSuggestions')
    .set({ status: 'dismissed' })
    .where('customerId', '=', first)
    .where('candidateId', '=', second)
    .where('status', '=', 'open')
    .returning('customerId')
    .executeTakeFirst()
  if (!dismissed) throw notFound('An open suggestion for these two customers')
  await recordEvent(ctx, {
    name: 'customers.suggestion.dismissed',
    entityType: 'customer',
    entityId: customerId,
    changes: { candidateId: { from: null, to: candidateId } },
  })
}
