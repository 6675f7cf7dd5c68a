import type { ServiceContext } from '../../../../platform/context.js'
import { systemActor } from '../../../../platform/context.js'
import type { Runtime } from '../../../../platform/runtime.js'
import { type AllegroClient, withAllegroClient } from '../../../channels/index.js'
import { type AllegroCheckoutForm, getCheckoutForm } from '../../../orders/index.js'
import {
  type AllegroOrderLine,
  allegroCaseInput,
} from '../../sources/allegro/allegro-case-input.js'
import { listIssues } from '../../sources/allegro/allegro-issues-api.js'
import { listCustomerReturns } from '../../sources/allegro/allegro-returns-api.js'
import {
  type AllegroCaseFacts,
  customerReturnFacts,
  issueFacts,
} from '../../sources/allegro/allegro-returns-facts.js'
import { announceCaseChange } from '../case-signal.js'
import { openReturnCase } from '../open-case.js'

// Returns are re-read for this long so status changes of recent ones arrive too; opening is idempotent.
const RETURNS_WINDOW_DAYS = 30
const PAGE = 100
const MAX_PAGES = 20

/** What one sync of an account did. */
export interface AllegroCaseSync {
  opened: number
  updated: number
  waitingForOrder: number
}

/**
 * Reads an Allegro account's customer returns (withdrawals) and post-purchase issues (complaints)
 * and opens a case for each new one on its synced order, or records Allegro's new status on a
 * known one. A return whose order has not been synced yet waits for the next run.
 */
export async function syncAllegroCases(
  runtime: Runtime,
  workspaceId: string,
  accountId: string,
  now = new Date(),
): Promise<AllegroCaseSync> {
  const scope = { workspaceId, actor: systemActor('Allegro returns') }
  const result: AllegroCaseSync = { opened: 0, updated: 0, waitingForOrder: 0 }
  try {
    await withAllegroClient(runtime, scope, accountId, async (client) => {
      const facts = [...(await readReturns(client, now)), ...(await readIssues(client))]
      for (const fact of facts) {
        // Allegro is called between transactions, never inside one: the embedded database runs
        // one transaction at a time, and a token refresh needs a transaction of its own.
        const step = await runtime.inWorkspace(scope, (ctx) => recordKnownFact(ctx, fact))
        if (step.outcome !== 'new') {
          result[step.outcome]++
          continue
        }
        const form = await getCheckoutForm(client, fact.orderExternalId)
        await runtime.inWorkspace(scope, async (ctx) => {
          const lines = await orderLines(ctx, step.orderId, form)
          await openReturnCase(ctx, allegroCaseInput(fact, step.orderId, lines))
        })
        result.opened++
      }
    })
    await runtime.inWorkspace(scope, (ctx) => saveState(ctx, accountId, now, null))
  } catch (error) {
    await runtime.inWorkspace(scope, (ctx) =>
      saveState(ctx, accountId, now, (error as Error).message),
    )
    throw error
  }
  return result
}

async function readReturns(client: AllegroClient, now: Date): Promise<AllegroCaseFacts[]> {
  const since = new Date(now.getTime() - RETURNS_WINDOW_DAYS * 86_400_000).toISOString()
  const facts: AllegroCaseFacts[] = []
  for (let page = 0; page < MAX_PAGES; page++) {
    const list = await listCustomerReturns(client, {
      'createdAt.gte': since,
      limit: PAGE,
      offset: page * PAGE,
    })
    facts.push(...list.customerReturns.map(customerReturnFacts))
    if (list.customerReturns.length < PAGE) break
  }
  return facts
}

async function readIssues(client: AllegroClient): Promise<AllegroCaseFacts[]> {
  const facts: AllegroCaseFacts[] = []
  for (let page = 0; page < MAX_PAGES; page++) {
    const issues = await listIssues(client, { limit: PAGE, offset: page * PAGE })
    facts.push(...issues.map(issueFacts))
    if (issues.length < PAGE) break
  }
  return facts
}

/** Records Allegro's new status on a known case; says whether the fact is new and on which synced order. */
async function recordKnownFact(
  ctx: ServiceContext,
  fact: AllegroCaseFacts,
): Promise<{ outcome: 'updated' | 'waitingForOrder' } | { outcome: 'new'; orderId: string }> {
  const source = fact.issue ? 'allegro_issue' : 'allegro_return'
  const known = await ctx.trx
    .selectFrom('returnCases')
    .select(['id', 'marketplaceStatus'])
    .where('source', '=', source)
    .where('externalId', '=', fact.externalId)
    .executeTakeFirst()
  if (known) {
    if (known.marketplaceStatus === fact.status) return { outcome: 'updated' }
    await ctx.trx
      .updateTable('returnCases')
      .set({ marketplaceStatus: fact.status, updatedAt: new Date() })
      .where('id', '=', known.id)
      .execute()
    await ctx.trx
      .insertInto('returnCaseEvents')
      .values({
        workspaceId: ctx.workspaceId,
        caseId: known.id,
        action: 'marketplace_update',
        actorType: 'marketplace',
        detail: JSON.stringify({ from: known.marketplaceStatus, to: fact.status }),
      })
      .execute()
    await announceCaseChange(ctx, known.id)
    return { outcome: 'updated' }
  }
  const order = await ctx.trx
    .selectFrom('orders')
    .select('id')
    .where('source', '=', 'allegro')
    .where('externalId', '=', fact.orderExternalId)
    .executeTakeFirst()
  return order ? { outcome: 'new', orderId: order.id } : { outcome: 'waitingForOrder' }
}

/** The order's lines with the Allegro offer each was bought from (from the checkout form). */
async function orderLines(
  ctx: ServiceContext,
  orderId: string,
  form: AllegroCheckoutForm,
): Promise<AllegroOrderLine[]> {
  const rows = await ctx.trx
    .selectFrom('orderItems')
    .select(['id', 'externalId', 'quantity'])
    .where('orderId', '=', orderId)
    .execute()
  return rows.flatMap((row) => {
    const line = form.lineItems.find((item) => item.id === row.externalId)
    return line ? [{ orderItemId: row.id, offerId: line.offer.id, quantity: row.quantity }] : []
  })
}

async function saveState(ctx: ServiceContext, accountId: string, now: Date, error: string | null) {
  const values = { syncedAt: now, lastError: error }
  await ctx.trx
    .insertInto('returnSyncState')
    .values({ workspaceId: ctx.workspaceId, channelAccountId: accountId, ...values })
    .onConflict((oc) => oc.column('channelAccountId').doUpdateSet(values))
    .execute()
}
