import type { CaseMailKind } from '../case-state.js'

/** What a case e-mail says, already resolved to text and dates. */
export interface CaseMailData {
  kind: CaseMailKind
  caseKind: 'withdrawal' | 'complaint'
  shopName: string
  caseNumber: string
  orderNumber: string | null
  items: string[]
  statusUrl: string
  returnGoodsBy: string | null
  respondBy: string | null
  refundBy: string | null
  returnAddress: string | null
  instructions: string | null
  /** The grounds of a refusal in plain words, and the seller's justification. */
  grounds: string[]
  justification: string | null
  /** Amounts already formatted with their currency. */
  refundAmount: string | null
  remedy: 'repair' | 'replacement' | 'price_reduction' | 'withdrawal' | 'refund' | null
}

/** One language's wording of the case e-mails. */
export interface CaseMailStrings {
  subject: Record<CaseMailKind, string>
  greeting: string
  caseLine: (data: CaseMailData) => string
  body: Record<CaseMailKind, (data: CaseMailData) => string[]>
  remedy: Record<NonNullable<CaseMailData['remedy']>, string>
  statusLink: string
  signOff: (shopName: string) => string
  date: (isoDate: string) => string
}
