import { describe, expect, it } from 'vitest'
import {
  type ConsentRecord,
  canSendMarketing,
  isTransactional,
  latestConsent,
} from './marketing-consent.js'

const record = (
  purpose: ConsentRecord['purpose'],
  granted: boolean,
  at: string,
  source = 'widget',
): ConsentRecord => ({
  purpose,
  granted,
  recordedAt: new Date(at),
  source,
})

describe('canSendMarketing', () => {
  it('no record means no', () => {
    expect(canSendMarketing([], 'marketing_email')).toBe(false)
  })

  it('the latest record wins, in whatever order they come', () => {
    const history = [
      record('marketing_email', false, '2025-03-01T00:00:00Z', 'unsubscribe_link'),
      record('marketing_email', true, '2025-01-01T00:00:00Z', 'shop_checkout'),
    ]
    expect(canSendMarketing(history, 'marketing_email')).toBe(false)
    expect(
      canSendMarketing(
        [...history, record('marketing_email', true, '2025-04-01T00:00:00Z')],
        'marketing_email',
      ),
    ).toBe(true)
    expect(latestConsent(history, 'marketing_email')?.source).toBe('unsubscribe_link')
  })

  it('purposes are separate: e-mail consent does not allow SMS', () => {
    const history = [record('marketing_email', true, '2025-01-01T00:00:00Z')]
    expect(canSendMarketing(history, 'marketing_email')).toBe(true)
    expect(canSendMarketing(history, 'marketing_sms')).toBe(false)
  })

  it('a withdrawal at the same instant as a grant wins', () => {
    const at = '2025-01-01T00:00:00Z'
    expect(
      canSendMarketing(
        [record('marketing_sms', true, at), record('marketing_sms', false, at)],
        'marketing_sms',
      ),
    ).toBe(false)
    expect(
      canSendMarketing(
        [record('marketing_sms', false, at), record('marketing_sms', true, at)],
        'marketing_sms',
      ),
    ).toBe(false)
  })
})

describe('isTransactional', () => {
  it('order and case messages need no consent', () => {
    for (const kind of [
      'order_confirmation',
      'shipping_update',
      'delivery_update',
      'invoice',
      'complaint_update',
      'agent_reply',
    ])
      expect(isTransactional(kind), kind).toBe(true)
  })

  it('marketing, review requests and unknown kinds do', () => {
    for (const kind of [
      'newsletter',
      'promotion',
      'abandoned_cart',
      'win_back',
      'review_request',
      'something_new',
      '',
    ])
      expect(isTransactional(kind), kind).toBe(false)
  })
})
