/**
 * Everything we hold about one customer, as the GDPR access request (art. 15(3)) and data
 * portability (art. 20) deliver it: plain JSON, dates as ISO 8601 strings, money in minor units
 * with an ISO 4217 currency. The JSON file and the HTML rendering are made from this one shape.
 */
export interface CustomerExport {
  /** When the export was made (ISO 8601). */
  generatedAt: string
  /** The controller: the seller's workspace, as shown to the customer. */
  controller: { name: string; contactEmail: string | null }
  profile: {
    id: string
    name: string | null
    email: string | null
    phone: string | null
    locale: string | null
    createdAt: string
    updatedAt: string
  }
  identities: { kind: string; externalId: string; createdAt: string }[]
  consents: { purpose: string; granted: boolean; recordedAt: string; source: string }[]
  notes: { createdAt: string; author: string | null; body: string }[]
  tags: string[]
  /** Custom attributes the seller keeps ("preferred size": "M"). */
  attributes: Record<string, string | number | boolean | null>
  orders: ExportedOrder[]
  conversations: ExportedConversation[]
  returns: {
    number: string
    kind: 'withdrawal' | 'complaint'
    status: string
    openedAt: string
    resolvedAt: string | null
    reason: string | null
    orderNumber: string | null
  }[]
  reviews: { source: string; rating: number | null; body: string | null; postedAt: string }[]
  /** Actions agents took on this customer's data (the audit log, GDPR art. 5(2) accountability). */
  auditEntries: { at: string; actor: string | null; action: string; detail: string | null }[]
}

/** One order in an export. */
export interface ExportedOrder {
  number: string
  marketplace: string
  status: string
  placedAt: string
  currency: string
  totalMinor: number
  shippingAddress: string | null
  items: { name: string; sku: string | null; quantity: number; unitPriceMinor: number }[]
}

/** One conversation in an export, messages oldest first. */
export interface ExportedConversation {
  channel: string
  subject: string | null
  startedAt: string
  messages: {
    sentAt: string
    direction: 'inbound' | 'outbound'
    author: string | null
    body: string
  }[]
}
