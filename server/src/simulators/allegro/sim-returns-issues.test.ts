import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startReturnsSimForTests } from './sim-returns-test-kit.js'
import { SELLER } from './sim-test-kit.js'

let kit: Awaited<ReturnType<typeof startReturnsSimForTests>>
beforeAll(async () => {
  kit = await startReturnsSimForTests()
})
afterAll(() => kit.sim.close())
const NOW = new Date('2026-06-10T12:00:00Z')
beforeEach(() => {
  kit.reset()
  kit.sim.state.clock = () => NOW
})

const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000)

function openClaim(orderId: string, openedAt = hoursAgo(5)) {
  return kit.sim.state.returns.openIssue({
    orderId,
    type: 'CLAIM',
    openedAt,
    reasonType: 'ITEM_IS_DAMAGED',
    expectations: [{ name: 'PARTIAL_REFUND', refund: { amount: '50.00', currency: 'PLN' } }],
    text: 'Czajnik przecieka przy podstawie.',
  })
}

function openDispute(orderId: string, openedAt = hoursAgo(3)) {
  return kit.sim.state.returns.openIssue({
    orderId,
    type: 'DISPUTE',
    openedAt,
    subject: 'Nie otrzymałem towaru po wpłacie',
    text: 'Paczka nie dotarła.',
  })
}

describe('GET /sale/issues', () => {
  it('lists disputes and claims newest first, filtered by form and status', async () => {
    const order = kit.deliveredOrder()
    const other = kit.deliveredOrder()
    const claim = openClaim(order.id)
    const dispute = openDispute(other.id)
    const list = async (query = '') => {
      const answer = await kit.beta(`/sale/issues${query}`)
      expect(answer.status).toBe(200)
      return answer.body.issues.map((i: { id: string }) => i.id)
    }
    expect(await list()).toEqual([dispute.id, claim.id])
    expect(await list(`?checkoutForm.id=${order.id}`)).toEqual([claim.id])
    expect(await list('?status=CLAIM_SUBMITTED&status=DISPUTE_CLOSED')).toEqual([claim.id])
    expect(await list('?limit=1&offset=1')).toEqual([claim.id])
    expect((await kit.beta('/sale/issues?status=OPEN')).status).toBe(422)
    expect((await kit.beta('/sale/issues?limit=101')).status).toBe(422)

    const one = await kit.beta(`/sale/issues/${claim.id}`)
    expect(one.body).toMatchObject({
      id: claim.id,
      type: 'CLAIM',
      referenceNumber: expect.stringMatching(/^\d+\/2026$/),
      // 14 days to answer a consumer's complaint (art. 7a ustawy o prawach konsumenta).
      decisionDueDate: new Date(hoursAgo(5).getTime() + 14 * 86_400_000).toISOString(),
      buyer: { login: 'kupujacy_testowy' },
      checkoutForm: { id: order.id },
      currentState: { status: 'CLAIM_SUBMITTED', returnRequired: null, chatActive: true },
      chat: { messagesCount: 1, lastMessage: { status: 'NEW' } },
      reason: { type: 'ITEM_IS_DAMAGED' },
      right: 'COMPLAINT',
      offer: { id: order.lineItems[0]!.offerId, quantity: 1 },
    })
    expect(one.body.chat.initialMessage).toMatchObject({
      text: 'Czajnik przecieka przy podstawie.',
      author: { login: 'kupujacy_testowy', role: 'BUYER' },
    })
    const disputeBody = (await kit.beta(`/sale/issues/${dispute.id}`)).body
    expect(disputeBody).toMatchObject({ reason: null, right: null, decisionDueDate: null })
  })

  it('needs the disputes scope and hides other sellers’ issues', async () => {
    const claim = openClaim(kit.deliveredOrder().id)
    const ordersOnly = kit.tokenFor(SELLER, ['allegro:api:orders:read'])
    expect((await kit.beta('/sale/issues', { as: ordersOnly })).status).toBe(403)
    const stranger = kit.tokenFor('inny_sklep', ['allegro:api:disputes'])
    expect((await kit.beta(`/sale/issues/${claim.id}`, { as: stranger })).status).toBe(404)
    expect((await kit.api('/sale/issues')).status).toBe(406)
  })
})

describe('issue chat and replies', () => {
  it('adds seller messages, pages the chat newest first and tracks who replied last', async () => {
    const dispute = openDispute(kit.deliveredOrder().id)
    const path = `/sale/issues/${dispute.id}/message`
    const sent = await kit.beta(path, {
      method: 'POST',
      json: { text: 'Paczka wyszła wczoraj.', type: 'REGULAR' },
    })
    expect(sent.status).toBe(201)
    expect(sent.body).toMatchObject({
      text: 'Paczka wyszła wczoraj.',
      author: { login: SELLER, role: 'SELLER' },
    })
    let issue = (await kit.beta(`/sale/issues/${dispute.id}`)).body
    expect(issue.chat).toMatchObject({
      messagesCount: 2,
      lastMessage: { status: 'SELLER_REPLIED' },
    })
    await kit.api(`/_control/issues/${dispute.id}/messages`, {
      method: 'POST',
      json: { text: 'Nadal nic.' },
    })
    issue = (await kit.beta(`/sale/issues/${dispute.id}`)).body
    expect(issue.chat.lastMessage.status).toBe('BUYER_REPLIED')

    const chat = await kit.beta(`/sale/issues/${dispute.id}/chat?limit=2`)
    expect(chat.body.chat.map((m: { text: string }) => m.text)).toEqual([
      'Nadal nic.',
      'Paczka wyszła wczoraj.',
    ])
    const older = await kit.beta(`/sale/issues/${dispute.id}/chat?limit=2&offset=2`)
    expect(older.body.chat.map((m: { text: string }) => m.text)).toEqual(['Paczka nie dotarła.'])
  })

  it('refuses empty, misplaced and late messages with the spec’s codes', async () => {
    const dispute = openDispute(kit.deliveredOrder().id)
    const claim = openClaim(kit.deliveredOrder().id)
    const post = (id: string, json: object) =>
      kit.beta(`/sale/issues/${id}/message`, { method: 'POST', json })
    expect((await post(dispute.id, { text: '  ', type: 'REGULAR' })).status).toBe(422)
    expect((await post(claim.id, { text: 'Koniec?', type: 'END_REQUEST' })).status).toBe(422)
    expect(
      (await post(dispute.id, { text: 'Odeślij', type: 'RETURN_REQUIRED_CUSTOM' })).status,
    ).toBe(422)
    const decided = await post(claim.id, {
      text: 'Prosimy o odesłanie.',
      type: 'RETURN_REQUIRED_SELLER_LABEL',
    })
    expect(decided.status).toBe(201)
    expect((await kit.beta(`/sale/issues/${claim.id}`)).body.currentState.returnRequired).toBe(true)
    await kit.api(`/_control/issues/${dispute.id}/state`, {
      method: 'POST',
      json: { status: 'DISPUTE_CLOSED', chatActive: false },
    })
    expect((await post(dispute.id, { text: 'Jeszcze jedno', type: 'REGULAR' })).status).toBe(409)
  })
})

describe('POST /sale/issues/{id}/status', () => {
  it('accepts or rejects a claim once; repeating the same decision is harmless', async () => {
    const claim = openClaim(kit.deliveredOrder().id)
    const dispute = openDispute(kit.deliveredOrder().id)
    const decide = (id: string, json: object) =>
      kit.beta(`/sale/issues/${id}/status`, { method: 'POST', json })
    const partial = { status: 'ACCEPTED_PARTIAL_REFUND', message: 'Zwracamy 50 zł.' }
    expect((await decide(dispute.id, partial)).status).toBe(400)
    expect((await decide(claim.id, partial)).status).toBe(400)
    const accept = { ...partial, partialRefund: { amount: '50.00', currency: 'PLN' } }
    expect((await decide(claim.id, accept)).status).toBe(200)
    const after = (await kit.beta(`/sale/issues/${claim.id}`)).body
    expect(after.currentState).toMatchObject({ status: 'CLAIM_ACCEPTED', statusDueDate: null })
    expect(after.chat.messagesCount).toBe(2)
    expect((await decide(claim.id, accept)).status).toBe(200)
    expect((await kit.beta(`/sale/issues/${claim.id}`)).body.chat.messagesCount).toBe(2)
    const reject = { status: 'REJECTED_OTHER', message: 'Jednak nie.' }
    expect((await decide(claim.id, reject)).status).toBe(400)
  })
})
