/** The name an erased customer keeps, so lists and kept invoices still read sensibly. */
export const ANONYMISED_CUSTOMER_NAME = 'Anonymised customer'

/** The values the erase operation writes over a `customers` row. */
export interface AnonymisedCustomerFields {
  id: string
  name: typeof ANONYMISED_CUSTOMER_NAME
  email: null
  phone: null
  locale: null
}

/**
 * What erasure (GDPR art. 17) writes to the customer row: the id stays (orders, invoices and
 * the audit log point at it and the law may require keeping them, see erasureBlockers), every
 * field that identifies the person is cleared and the name becomes "Anonymised customer".
 * Identities, tags, notes and consents are deleted by the service, not overwritten.
 */
export function anonymizedCustomerFields(customerId: string): AnonymisedCustomerFields {
  if (customerId.trim() === '') throw new RangeError('customerId must not be empty')
  return { id: customerId, name: ANONYMISED_CUSTOMER_NAME, email: null, phone: null, locale: null }
}

/** What we know about a customer that decides what erasure must leave in place. */
export interface ErasureFacts {
  /** Complaints (reklamacje) not yet answered or resolved. */
  openComplaints: number
  /** Withdrawals (zwroty) not yet refunded. */
  openReturns: number
  /** Orders with an invoice or receipt issued. */
  invoicedOrders: number
  /** The latest invoice's issue date, null when none. */
  lastInvoiceIssuedAt: Date | null
  /** Orders paid or placed but not yet delivered or cancelled. */
  ordersInProgress: number
}

/** One thing the law makes us keep, what exactly, until when, and why. */
export interface ErasureBlocker {
  code: 'invoices_retention' | 'open_complaints' | 'open_returns' | 'orders_in_progress'
  /** Which records stay. */
  keeps: string
  /** ISO date after which the records may go, or null for "until the case is closed". */
  until: string | null
  legalBasis: string
}

/** Years tax records are kept after the tax year in which the tax fell due (Ordynacja podatkowa art. 70 § 1). */
export const TAX_RECORD_RETENTION_YEARS = 5

/**
 * The first day invoice data may be erased: the limitation period of art. 70 § 1 Ordynacja
 * podatkowa ends 5 years after the end of the calendar year in which the VAT fell due, and VAT
 * on an invoice is due on the 25th of the month after the period (art. 103 ust. 1 ustawy o VAT).
 * We assume quarterly settlement, the later of the two, so December's and October's invoices
 * alike count from the next year: an invoice of 2024-10-15 is kept through 2030-12-31.
 */
export function invoiceRetentionEnds(issuedAt: Date): Date {
  const quarterEndMonth = Math.floor(issuedAt.getUTCMonth() / 3) * 3 + 2
  const dueYear = quarterEndMonth === 11 ? issuedAt.getUTCFullYear() + 1 : issuedAt.getUTCFullYear()
  return new Date(Date.UTC(dueYear + TAX_RECORD_RETENTION_YEARS + 1, 0, 1))
}

/**
 * The records the law requires us to keep although the customer asked for erasure (GDPR art.
 * 17(3)(b) legal obligation, (e) legal claims): invoices and the order data on them until the
 * tax limitation period ends (Ordynacja podatkowa art. 86 § 1 with art. 70 § 1; ustawa o VAT
 * art. 112); open complaints until answered and resolved (ustawa o prawach konsumenta art. 7a,
 * Kodeks cywilny art. 561⁵ — 14 days to answer); open withdrawals until refunded (ustawa o
 * prawach konsumenta art. 32); orders still being delivered (GDPR art. 6(1)(b)).
 * An empty list means everything may be anonymised now.
 */
export function erasureBlockers(facts: ErasureFacts, now: Date): ErasureBlocker[] {
  const blockers: ErasureBlocker[] = []
  if (facts.invoicedOrders > 0 && facts.lastInvoiceIssuedAt) {
    const ends = invoiceRetentionEnds(facts.lastInvoiceIssuedAt)
    if (ends > now)
      blockers.push({
        code: 'invoices_retention',
        keeps: `${facts.invoicedOrders} invoiced order(s): buyer name and address, items, amounts, invoice numbers`,
        until: ends.toISOString().slice(0, 10),
        legalBasis:
          'Ordynacja podatkowa art. 86 § 1 and art. 70 § 1 (5 years from the end of the year the tax fell due); ustawa o VAT art. 112; GDPR art. 17(3)(b)',
      })
  }
  if (facts.openComplaints > 0)
    blockers.push({
      code: 'open_complaints',
      keeps: `${facts.openComplaints} open complaint(s) with their order, messages and evidence`,
      until: null,
      legalBasis:
        'ustawa o prawach konsumenta art. 7a and Kodeks cywilny art. 561⁵ (answer within 14 days, then resolve); GDPR art. 17(3)(b) and (e)',
    })
  if (facts.openReturns > 0)
    blockers.push({
      code: 'open_returns',
      keeps: `${facts.openReturns} open return(s) with their order and payment data until refunded`,
      until: null,
      legalBasis: 'ustawa o prawach konsumenta art. 32 (refund within 14 days); GDPR art. 17(3)(b)',
    })
  if (facts.ordersInProgress > 0)
    blockers.push({
      code: 'orders_in_progress',
      keeps: `${facts.ordersInProgress} order(s) not yet delivered: delivery name, address and phone`,
      until: null,
      legalBasis: 'GDPR art. 6(1)(b) (performance of the contract) and art. 17(1)(a) not yet met',
    })
  return blockers
}
