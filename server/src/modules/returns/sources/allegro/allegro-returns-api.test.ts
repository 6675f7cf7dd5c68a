import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { RunningAllegroSimulator } from '../../../../simulators/allegro/start-allegro-simulator.js'
import { AllegroApiError } from '../../../channels/index.js'
import {
  decideClaim,
  getIssue,
  issueChat,
  listIssues,
  postIssueMessage,
} from './allegro-issues-api.js'
import {
  getCustomerReturn,
  listCustomerReturns,
  rejectCustomerReturn,
} from './allegro-returns-api.js'
import { customerReturnFacts, issueFacts } from './allegro-returns-facts.js'
import { deliveredOrder, returnsClient, startReturnsSimulator } from './allegro-returns-test-kit.js'

const NOW = new Date('2026-06-10T12:00:00.000Z')
const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000)

let sim: RunningAllegroSimulator
beforeAll(async () => {
  sim = await startReturnsSimulator()
})
afterAll(() => sim.close())
beforeEach(() => {
  sim.state.reset()
  sim.state.clock = () => NOW
})

describe('customer returns', () => {
  it('lists, reads and maps returns through the beta resource', async () => {
    const a = deliveredOrder(sim)
    const b = deliveredOrder(sim)
    const first = sim.state.returns.addCustomerReturn({ orderId: a.id, createdAt: hoursAgo(5) })
    const second = sim.state.returns.addCustomerReturn({
      orderId: b.id,
      createdAt: hoursAgo(2),
      parcels: [{ waybill: 'AD000X1' }],
    })
    const client = returnsClient(sim)
    const all = await listCustomerReturns(client, { 'createdAt.gte': hoursAgo(24).toISOString() })
    expect(all.customerReturns.map((r) => r.id)).toEqual([first.id, second.id])
    const some = await listCustomerReturns(client, { orderId: [b.id], status: ['DISPATCHED'] })
    expect(some.customerReturns.map((r) => r.id)).toEqual([second.id])
    const facts = customerReturnFacts(await getCustomerReturn(client, second.id))
    expect(facts).toMatchObject({
      externalId: second.id,
      orderExternalId: b.id,
      kind: 'withdrawal',
      requestedAt: hoursAgo(2).toISOString(),
      items: [{ offerId: b.lineItems[0]!.offerId, quantity: 2 }],
      parcels: [{ carrierId: 'ALLEGRO', waybill: 'AD000X1' }],
      status: 'DISPATCHED',
    })
  })

  it('rejects a return once even when the answer to the first attempt is lost', async () => {
    const ret = sim.state.returns.addCustomerReturn({ orderId: deliveredOrder(sim).id })
    sim.state.failNext('POST /order/customer-returns/*/rejection', 500, 1, {
      afterProcessing: true,
    })
    const rejection = { code: 'REFUND_REJECTED' as const, reason: 'Towar nosi ślady użycia.' }
    const rejected = await rejectCustomerReturn(returnsClient(sim), ret.id, rejection)
    expect(rejected).toMatchObject({ status: 'REJECTED', rejection })
    const other = rejectCustomerReturn(returnsClient(sim), ret.id, { code: 'ITEM_FIXED' })
    await expect(other).rejects.toBeInstanceOf(AllegroApiError)
  })
})

describe('post-purchase issues', () => {
  function openClaim() {
    return sim.state.returns.openIssue({
      orderId: deliveredOrder(sim).id,
      type: 'CLAIM',
      openedAt: hoursAgo(30),
      reasonType: 'DEFECT_FOUND_DURING_USE',
      text: 'Czajnik przestał grzać.',
    })
  }

  it('lists by status, reads the whole chat oldest first and maps the issue', async () => {
    const claim = openClaim()
    const dispute = sim.state.returns.openIssue({
      orderId: deliveredOrder(sim).id,
      type: 'DISPUTE',
      openedAt: hoursAgo(10),
      text: 'Gdzie moja paczka?',
    })
    for (let i = 1; i <= 120; i++) {
      sim.state.returns.addIssueMessage(claim, {
        text: `#${i}`,
        role: 'BUYER',
        at: hoursAgo(29 - i / 10),
      })
    }
    const client = returnsClient(sim)
    expect((await listIssues(client)).map((i) => i.id)).toEqual([dispute.id, claim.id])
    const submitted = await listIssues(client, { status: ['CLAIM_SUBMITTED', 'CLAIM_ACCEPTED'] })
    expect(submitted.map((i) => i.id)).toEqual([claim.id])
    const chat = await issueChat(client, claim.id)
    expect(chat).toHaveLength(121)
    expect(chat[0]!.text).toBe('Czajnik przestał grzać.')
    expect(chat.at(-1)!.text).toBe('#120')
    expect(issueFacts(await getIssue(client, claim.id))).toMatchObject({
      kind: 'complaint',
      requestedAt: hoursAgo(30).toISOString(),
      reason: 'Czajnik przestał grzać.',
      reasonCodes: ['DEFECT_FOUND_DURING_USE'],
      issue: { type: 'CLAIM', right: 'COMPLAINT' },
    })
  })

  it('posts a reply once when the answer is lost after Allegro stored it', async () => {
    const claim = openClaim()
    // The look-up after a lost answer compares Allegro's timestamps with the real clock.
    sim.state.clock = () => new Date()
    sim.state.failNext('POST /sale/issues/*/message', 500, 1, { afterProcessing: true })
    const sent = await postIssueMessage(returnsClient(sim), claim.id, {
      text: 'Prosimy o odesłanie czajnika na nasz koszt.',
      type: 'RETURN_REQUIRED_SELLER_LABEL',
    })
    expect(sent.author.role).toBe('SELLER')
    const sellers = sim.state.returns.messagesOf(claim.id).filter((m) => m.role === 'SELLER')
    expect(sellers.map((m) => m.id)).toEqual([sent.id])
    expect(sim.state.returns.issues.get(claim.id)!.returnRequired).toBe(true)
  })

  it('posts again when a failed reply never reached the chat', async () => {
    const claim = openClaim()
    sim.state.clock = () => new Date()
    sim.state.failNext('POST /sale/issues/*/message', 500, 1)
    await postIssueMessage(returnsClient(sim), claim.id, { text: 'Dzień dobry.' })
    const sellers = sim.state.returns.messagesOf(claim.id).filter((m) => m.role === 'SELLER')
    expect(sellers.map((m) => m.text)).toEqual(['Dzień dobry.'])
  })

  it('decides a claim once despite a lost answer', async () => {
    const claim = openClaim()
    sim.state.failNext('POST /sale/issues/*/status', 502, 1, { afterProcessing: true })
    await decideClaim(returnsClient(sim), claim.id, {
      status: 'ACCEPTED_REFUND',
      message: 'Uznajemy reklamację i zwracamy pieniądze.',
    })
    expect(sim.state.returns.issues.get(claim.id)!.status).toBe('CLAIM_ACCEPTED')
    expect(sim.state.returns.messagesOf(claim.id)).toHaveLength(2)
  })
})
