import type { CaseStatus } from '../../tables.js'
import { CUSTOMER_EVENT_ACTIONS, type CustomerEventAction } from './portal-strings.js'

/** A case event as stored. */
export interface CaseEventRow {
  action: string
  actorType: 'agent' | 'customer' | 'system' | 'marketplace'
  note: string | null
  createdAt: Date
}

/** An event the customer may see: its label key, a photo they added, or another addition of theirs. */
export interface CustomerEvent {
  action: CustomerEventAction | 'photo' | 'customer'
  /** The customer's own words only; agents' notes stay internal. */
  note: string | null
  createdAt: Date
}

const isCustomerAction = (action: string): action is CustomerEventAction =>
  (CUSTOMER_EVENT_ACTIONS as readonly string[]).includes(action)

/**
 * The case history for the customer: milestones (opened, item requested, received, decisions,
 * refund, replacement, repair, deemed accepted) and what the customer did; internal notes,
 * reminders and escalations stay with the agents.
 */
export function customerEvents(events: readonly CaseEventRow[]): CustomerEvent[] {
  const shown: CustomerEvent[] = []
  for (const event of events) {
    if (isCustomerAction(event.action))
      shown.push({
        action: event.action,
        note: event.actorType === 'customer' ? event.note : null,
        createdAt: event.createdAt,
      })
    else if (event.actorType === 'customer')
      shown.push({
        action: event.action === 'file_added' ? 'photo' : 'customer',
        note: event.note,
        createdAt: event.createdAt,
      })
  }
  // Newest first; photos sent with the form share the opening's second, and come after it.
  const rank = (e: CustomerEvent) => (e.action === 'opened' ? 1 : 0)
  return shown.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || rank(a) - rank(b))
}

/** The facts that decide whether the customer is shown where to send the goods. */
export interface AddressFacts {
  kind: 'withdrawal' | 'complaint'
  status: CaseStatus
  decision: 'accepted' | 'refused' | null
  engineDecision: 'accept' | 'refuse'
  itemRequested: boolean
}

/**
 * Whether to show the return address: an eligible withdrawal (the buyer must send the goods back
 * within 14 days, art. 34 ust. 1), an accepted case, or one where the seller asked for the item.
 */
export function showsReturnAddress(facts: AddressFacts): boolean {
  if (facts.decision === 'refused') return false
  if (facts.itemRequested || facts.status === 'awaiting_item') return true
  if (facts.decision === 'accepted') return true
  return facts.kind === 'withdrawal' && facts.engineDecision === 'accept'
}
