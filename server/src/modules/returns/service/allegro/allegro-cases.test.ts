import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../../../../platform/context.js'
import type { Runtime } from '../../../../platform/runtime.js'
import type { RunningAllegroSimulator } from '../../../../simulators/allegro/start-allegro-simulator.js'
import { buildUser } from '../../../../test/factories.js'
import { buildChannelAccount } from '../../../../test/inbox-factories.js'
import { createTestRuntime } from '../../../../test/test-runtime.js'
import { connectedCredentials, TEST_SELLER } from '../../../channels/allegro/allegro-test-kit.js'
import { syncAllegroOrders } from '../../../orders/index.js'
import {
  deliveredOrder,
  startReturnsSimulator,
} from '../../sources/allegro/allegro-returns-test-kit.js'
import { confirmCaseAction } from '../case-actions.js'
import { pushAllegroClaimDecision } from './push-allegro-claim-decision.js'
import { pushAllegroRefund } from './push-allegro-refund.js'
import { pushAllegroRejection } from './push-allegro-rejection.js'
import { syncAllegroCases } from './sync-allegro-cases.js'

let runtime: Runtime
let sim: RunningAllegroSimulator
let workspaceId: string
let accountId: string

beforeAll(async () => {
  runtime = await createTestRuntime()
  sim = await startReturnsSimulator()
  workspaceId = (await buildUser(runtime)).workspaceId
  accountId = await buildChannelAccount(runtime, workspaceId, 'allegro', {
    settings: {
      environment: 'simulator',
      apiUrl: sim.url,
      authUrl: sim.url,
      sellerLogin: TEST_SELLER,
    },
    credentials: { ...connectedCredentials(sim) },
    status: 'active',
  })
})
afterAll(async () => {
  await sim.close()
  await runtime.close()
})

const scope = () => ({ workspaceId, actor: systemActor('test') })
const caseOf = (externalId: string) =>
  runtime.database.db
    .selectFrom('returnCases')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('externalId', '=', externalId)
    .executeTakeFirst()

describe('Allegro returns and issues', () => {
  it('opens a withdrawal for a customer return once, refunds it through Allegro with the commission claim', async () => {
    const order = deliveredOrder(sim)
    const lineItemId = order.lineItems[0]?.id ?? ''
    const ret = sim.state.returns.addCustomerReturn({
      orderId: order.id,
      items: [{ lineItemId, quantity: 2, reasonType: 'DONT_LIKE_IT', userComment: 'Za głośny' }],
    })
    // Before the order is synced the return waits; afterwards it becomes a case, once.
    expect(
      (await syncAllegroCases(runtime, workspaceId, accountId)).waitingForOrder,
    ).toBeGreaterThan(0)
    await syncAllegroOrders(runtime, workspaceId, accountId)
    expect((await syncAllegroCases(runtime, workspaceId, accountId)).opened).toBeGreaterThan(0)
    await syncAllegroCases(runtime, workspaceId, accountId)
    const opened = await caseOf(ret.id)
    expect(opened).toMatchObject({
      kind: 'withdrawal',
      source: 'allegro_return',
      reasonCode: 'changed_mind',
    })
    expect(opened?.description).toContain('Za głośny')
    const caseId = opened?.id ?? ''
    await runtime.inWorkspace(scope(), (ctx) => confirmCaseAction(ctx, caseId, { type: 'accept' }))
    const plan = await runtime.inWorkspace(scope(), (ctx) =>
      confirmCaseAction(ctx, caseId, { type: 'refund', method: 'marketplace' }),
    )
    expect(plan.refund).toMatchObject({ totalMinor: 21000, paid: false })
    const refund = await runtime.database.db
      .selectFrom('returnRefunds')
      .select(['id', 'status'])
      .where('caseId', '=', caseId)
      .executeTakeFirstOrThrow()
    expect(refund.status).toBe('requested')
    // Two workers running the job at once: Allegro refunds once (commandId), and it is booked once.
    await Promise.all([
      pushAllegroRefund(runtime, workspaceId, refund.id),
      pushAllegroRefund(runtime, workspaceId, refund.id),
    ])
    await pushAllegroRefund(runtime, workspaceId, refund.id) // a later retry changes nothing
    const done = await runtime.database.db
      .selectFrom('returnRefunds')
      .selectAll()
      .where('id', '=', refund.id)
      .executeTakeFirstOrThrow()
    expect(done).toMatchObject({ status: 'done', commissionStatus: 'IN_PROGRESS' })
    expect(done.externalId).toBeTruthy()
    const allegroRefunds = [...sim.state.returns.refunds.values()].filter(
      (r) => r.orderId === order.id,
    )
    expect(allegroRefunds).toHaveLength(1)
    expect(
      [...sim.state.returns.claims.values()].filter((c) => c.lineItemId === lineItemId),
    ).toHaveLength(1)
    expect(await caseOf(ret.id)).toMatchObject({ status: 'resolved', refundedMinor: '21000' })
  })

  it('opens a complaint for a claim with the buyer’s remedy, and sends a return’s rejection to Allegro', async () => {
    const order = deliveredOrder(sim)
    const lineItemId = order.lineItems[0]?.id ?? ''
    const claim = sim.state.returns.openIssue({
      orderId: order.id,
      type: 'CLAIM',
      text: 'Czajnik przecieka od spodu.',
      reasonType: 'DEFECT_FOUND_DURING_USE',
      right: 'COMPLAINT',
      expectations: [{ name: 'EXCHANGE', refund: null }],
      lineItemId,
      quantity: 1,
    })
    const ret = sim.state.returns.addCustomerReturn({
      orderId: order.id,
      items: [{ lineItemId, quantity: 1 }],
    })
    await syncAllegroOrders(runtime, workspaceId, accountId)
    await syncAllegroCases(runtime, workspaceId, accountId)
    expect(await caseOf(claim.id)).toMatchObject({
      kind: 'complaint',
      source: 'allegro_issue',
      requestedRemedy: 'replacement',
      reasonCode: 'stopped_working',
    })
    // Accepting the claim answers it on Allegro too, with the exchange the buyer asked for.
    const claimCase = await caseOf(claim.id)
    await runtime.inWorkspace(scope(), (ctx) =>
      confirmCaseAction(ctx, claimCase?.id ?? '', { type: 'accept' }),
    )
    await pushAllegroClaimDecision(runtime, workspaceId, claimCase?.id ?? '')
    await pushAllegroClaimDecision(runtime, workspaceId, claimCase?.id ?? '') // a retry changes nothing
    expect(sim.state.returns.issues.get(claim.id)).toMatchObject({
      status: 'CLAIM_ACCEPTED',
      decision: 'ACCEPTED_EXCHANGE',
    })
    expect((await caseOf(claim.id))?.marketplaceStatus).toBe('CLAIM_ACCEPTED')
    const withdrawal = await caseOf(ret.id)
    // Goodwill aside, the engine offers no ground against a timely withdrawal: force an expired one.
    await runtime.database.db
      .updateTable('returnCases')
      .set({
        evaluation: JSON.stringify({
          ...withdrawal?.evaluation,
          decision: 'refuse',
          reasons: ['period_expired'],
        }),
      })
      .where('id', '=', withdrawal?.id ?? '')
      .execute()
    await runtime.inWorkspace(scope(), (ctx) =>
      confirmCaseAction(ctx, withdrawal?.id ?? '', {
        type: 'refuse',
        grounds: ['period_expired'],
        justification: 'Oświadczenie złożono po upływie 14 dni od odbioru przesyłki.',
      }),
    )
    await pushAllegroRejection(runtime, workspaceId, withdrawal?.id ?? '')
    expect(sim.state.returns.returns.get(ret.id)?.rejection?.code).toBe('REFUND_REJECTED')
    expect((await caseOf(ret.id))?.marketplaceStatus).toBe(
      sim.state.returns.returns.get(ret.id)?.status,
    )
  })
})
