import { describe, expect, it } from 'vitest'
import {
  ANONYMISED_CUSTOMER_NAME,
  anonymizedCustomerFields,
  type ErasureFacts,
  erasureBlockers,
  invoiceRetentionEnds,
} from './erasure.js'

const NOW = new Date('2025-06-30T12:00:00Z')

function buildFacts(overrides: Partial<ErasureFacts> = {}): ErasureFacts {
  return {
    openComplaints: 0,
    openReturns: 0,
    invoicedOrders: 0,
    lastInvoiceIssuedAt: null,
    ordersInProgress: 0,
    ...overrides,
  }
}

describe('anonymizedCustomerFields', () => {
  it('clears every identifying field and keeps the id', () => {
    expect(anonymizedCustomerFields('c-1')).toEqual({
      id: 'c-1',
      name: ANONYMISED_CUSTOMER_NAME,
      email: null,
      phone: null,
      locale: null,
    })
    expect(ANONYMISED_CUSTOMER_NAME).toBe('Anonymised customer')
    expect(() => anonymizedCustomerFields(' ')).toThrow(RangeError)
  })
})

describe('invoiceRetentionEnds', () => {
  it.each([
    ['2024-05-01T00:00:00Z', '2030-01-01'],
    ['2024-09-30T23:59:59Z', '2030-01-01'],
    // Q4: the VAT falls due in January of the next year, so the period counts from then.
    ['2024-10-15T00:00:00Z', '2031-01-01'],
    ['2024-12-31T23:00:00Z', '2031-01-01'],
    ['2025-01-01T00:00:00Z', '2031-01-01'],
  ])('an invoice of %s may go from %s', (issued, ends) => {
    expect(invoiceRetentionEnds(new Date(issued)).toISOString().slice(0, 10)).toBe(ends)
  })
})

describe('erasureBlockers', () => {
  it('nothing to keep means nothing blocks', () => {
    expect(erasureBlockers(buildFacts(), NOW)).toEqual([])
  })

  it('keeps invoices until the tax limitation period ends, citing the statutes', () => {
    const [blocker, ...rest] = erasureBlockers(
      buildFacts({ invoicedOrders: 3, lastInvoiceIssuedAt: new Date('2024-11-02T00:00:00Z') }),
      NOW,
    )
    expect(rest).toEqual([])
    expect(blocker?.code).toBe('invoices_retention')
    expect(blocker?.until).toBe('2031-01-01')
    expect(blocker?.keeps).toContain('3 invoiced order(s)')
    expect(blocker?.legalBasis).toContain('Ordynacja podatkowa art. 86 § 1')
    expect(blocker?.legalBasis).toContain('art. 17(3)(b)')
  })

  it('lets old invoices go once the period is over', () => {
    expect(
      erasureBlockers(
        buildFacts({ invoicedOrders: 1, lastInvoiceIssuedAt: new Date('2018-03-01T00:00:00Z') }),
        NOW,
      ),
    ).toEqual([])
    expect(
      erasureBlockers(
        buildFacts({ invoicedOrders: 1, lastInvoiceIssuedAt: new Date('2019-03-01T00:00:00Z') }),
        new Date('2024-12-31T23:59:59Z'),
      ),
    ).toHaveLength(1)
    expect(
      erasureBlockers(
        buildFacts({ invoicedOrders: 1, lastInvoiceIssuedAt: new Date('2019-03-01T00:00:00Z') }),
        new Date('2025-01-01T00:00:00Z'),
      ),
    ).toEqual([])
  })

  it('keeps open complaints, returns and orders until they are closed', () => {
    const blockers = erasureBlockers(
      buildFacts({ openComplaints: 1, openReturns: 2, ordersInProgress: 1 }),
      NOW,
    )
    expect(blockers.map((b) => b.code)).toEqual([
      'open_complaints',
      'open_returns',
      'orders_in_progress',
    ])
    for (const b of blockers) expect(b.until).toBeNull()
    expect(blockers[0]?.legalBasis).toContain('art. 7a')
    expect(blockers[0]?.legalBasis).toContain('561⁵')
    expect(blockers[1]?.legalBasis).toContain('art. 32')
  })
})
