import { describe, expect, it } from 'vitest'
import { applyMessages, NEW_CONVERSATION } from './conversation-facts.js'

const at = (h: number) => new Date(Date.UTC(2026, 10, 23, h))
const inbound = (h: number, automated = false) => ({
  direction: 'inbound' as const,
  automated,
  sentAt: at(h),
  text: `customer ${h}`,
})
const outbound = (h: number) => ({
  direction: 'outbound' as const,
  automated: false,
  sentAt: at(h),
  text: `reply ${h}`,
})

describe('applyMessages', () => {
  it('starts the wait at the first unanswered customer message', () => {
    const facts = applyMessages(NEW_CONVERSATION, [inbound(9), inbound(10)])
    expect(facts.waitingSince).toEqual(at(9))
    expect(facts.firstInboundAt).toEqual(at(9))
    expect(facts.messageCount).toBe(2)
    expect(facts.preview).toBe('customer 10')
  })

  it('a reply ends the wait and is the first reply; the next message waits anew', () => {
    const facts = applyMessages(NEW_CONVERSATION, [inbound(9), outbound(11), inbound(12)])
    expect(facts.firstReplyAt).toEqual(at(11))
    expect(facts.waitingSince).toEqual(at(12))
  })

  it('orders messages by time whatever order they arrive in', () => {
    const facts = applyMessages(NEW_CONVERSATION, [inbound(12), outbound(11), inbound(9)])
    expect(facts.firstReplyAt).toEqual(at(11))
    expect(facts.waitingSince).toEqual(at(12))
  })

  it('reopens a resolved or snoozed conversation on a customer message but not on an auto-reply', () => {
    const resolved = { ...NEW_CONVERSATION, status: 'resolved' as const, resolvedAt: at(1) }
    expect(applyMessages(resolved, [inbound(9, true)]).status).toBe('resolved')
    expect(applyMessages(resolved, [inbound(9, true)]).waitingSince).toBeNull()
    const reopened = applyMessages(resolved, [inbound(9)])
    expect(reopened.status).toBe('open')
    expect(reopened.resolvedAt).toBeNull()
    const snoozed = { ...NEW_CONVERSATION, status: 'snoozed' as const, snoozedUntil: at(20) }
    expect(applyMessages(snoozed, [inbound(9)]).snoozedUntil).toBeNull()
  })

  it('a seller message before any customer message is no first reply', () => {
    const facts = applyMessages(NEW_CONVERSATION, [outbound(8), inbound(9)])
    expect(facts.firstReplyAt).toBeNull()
    expect(facts.waitingSince).toEqual(at(9))
  })
})
