import type { ColumnType, Generated } from 'kysely'
import type { ProductFlag } from '../orders/index.js'
import type { BuyerType, CaseEvaluation, CaseKind, Remedy } from './rules/types.js'

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
type NullableTimestamp = ColumnType<
  Date | null,
  Date | string | null | undefined,
  Date | string | null
>
type Json<T> = ColumnType<T, string | T, string | T>
/** A jsonb column with a database default: optional on insert. */
type DefaultedJson<T> = ColumnType<T, string | T | undefined, string | T>
type Minor = ColumnType<string | number, number | string | undefined, number | string>
/** Date columns are read as YYYY-MM-DD text (see the pg type parser in platform/db). */
type CivilDate = ColumnType<string, string, string>
type NullableCivilDate = ColumnType<string | null, string | null | undefined, string | null>

/** Where a case is in its life. */
export type CaseStatus =
  | 'new'
  | 'awaiting_item'
  | 'received'
  | 'inspected'
  | 'accepted'
  | 'refused'
  | 'resolved'

/** Where a case came from. */
export type CaseSource = 'agent' | 'portal' | 'allegro_return' | 'allegro_issue'

/** How the seller puts things right. */
export type Resolution = Remedy | 'refund'

/** The condition an inspected item arrived in. */
export type ItemCondition = 'as_new' | 'used' | 'damaged' | 'defective' | 'missing'

/** How a refund is paid. */
export type RefundMethod = 'original_payment' | 'bank_transfer' | 'marketplace' | 'voucher'

/** A postal address for returns. */
export interface ReturnAddress {
  name: string
  street: string
  postCode: string
  city: string
  countryCode: string
}

/** Row types of the returns module's tables. */
export interface ReturnTables {
  returnSettings: {
    workspaceId: string
    sellerReturnDays: number | null
    informsOfWithdrawalRight: ColumnType<boolean, boolean | undefined, boolean>
    returnAddress: DefaultedJson<ReturnAddress | null>
    returnInstructions: DefaultedJson<Partial<Record<'pl' | 'en' | 'de', string>>>
    reminderHours: ColumnType<number[], number[] | undefined, number[]>
    escalateHours: ColumnType<number, number | undefined, number>
    programmes: DefaultedJson<Record<string, { returnDays: number; includesBusiness?: boolean }>>
    packChecklist: ColumnType<string[], string[] | undefined, string[]>
    portalEnabled: ColumnType<boolean, boolean | undefined, boolean>
    nextCaseNumber: ColumnType<number, number | undefined, number>
    updatedAt: Timestamp
  }
  returnCases: {
    id: Generated<string>
    workspaceId: string
    number: string
    kind: CaseKind
    status: ColumnType<CaseStatus, CaseStatus | undefined, CaseStatus>
    source: CaseSource
    externalId: string | null
    orderId: string | null
    customerId: string | null
    conversationId: string | null
    assigneeId: string | null
    buyerType: BuyerType
    buyerName: string | null
    buyerEmail: string | null
    language: 'pl' | 'en' | 'de'
    reasonCode: string
    description: ColumnType<string, string | undefined, string>
    requestedRemedy: Remedy | null
    requestedAt: Timestamp
    requestedOn: CivilDate
    orderedOn: NullableCivilDate
    deliveredOn: NullableCivilDate
    informedOfWithdrawalRight: boolean
    evaluation: Json<CaseEvaluation>
    deadline: NullableCivilDate
    respondBy: NullableCivilDate
    refundBy: NullableCivilDate
    returnGoodsBy: NullableCivilDate
    deemedAcceptedOn: NullableCivilDate
    decision: 'accepted' | 'refused' | null
    decidedAt: NullableTimestamp
    decidedBy: string | null
    resolution: Resolution | null
    refusalGrounds: ColumnType<string[], string[] | undefined, string[]>
    refusalJustification: string | null
    currency: string
    refundDueMinor: Minor
    refundedMinor: Minor
    marketplaceStatus: string | null
    portalToken: string
    remindedHours: ColumnType<number[], number[] | undefined, number[]>
    escalatedAt: NullableTimestamp
    version: ColumnType<number, number | undefined, number>
    createdAt: Timestamp
    updatedAt: Timestamp
  }
  returnCaseItems: {
    id: Generated<string>
    workspaceId: string
    caseId: string
    position: ColumnType<number, number | undefined, number>
    orderItemId: string | null
    sku: string
    name: string
    quantity: number
    unitPriceMinor: Minor
    flags: ColumnType<ProductFlag[], ProductFlag[] | undefined, ProductFlag[]>
    unsealed: ColumnType<boolean, boolean | undefined, boolean>
    eligible: ColumnType<boolean, boolean | undefined, boolean>
    exception: string | null
    receivedQuantity: ColumnType<number, number | undefined, number>
    condition: ItemCondition | null
    deductionMinor: Minor
  }
  returnCaseEvents: {
    id: Generated<string>
    workspaceId: string
    caseId: string
    action: string
    actorType: 'agent' | 'customer' | 'system' | 'marketplace'
    actorId: string | null
    note: string | null
    detail: DefaultedJson<Record<string, unknown>>
    createdAt: Timestamp
  }
  returnCaseFiles: {
    id: Generated<string>
    workspaceId: string
    caseId: string
    fileKey: string
    sha256: string
    size: number
    contentType: string
    fileName: string
    uploadedBy: 'customer' | 'agent' | 'marketplace'
    purpose: 'photo' | 'evidence' | 'proof_of_sending' | 'label'
    createdAt: Timestamp
  }
  returnRefunds: {
    id: Generated<string>
    workspaceId: string
    caseId: string
    amountMinor: Minor
    itemsMinor: Minor
    shippingMinor: Minor
    currency: string
    method: RefundMethod
    dueOn: NullableCivilDate
    status: ColumnType<
      'pending' | 'requested' | 'done' | 'failed',
      'pending' | 'requested' | 'done' | 'failed' | undefined,
      'pending' | 'requested' | 'done' | 'failed'
    >
    externalId: string | null
    commissionClaimId: string | null
    commissionStatus: string | null
    error: string | null
    attempts: ColumnType<number, number | undefined, number>
    createdBy: string | null
    createdAt: Timestamp
    doneAt: NullableTimestamp
  }
  returnCaseMails: {
    id: Generated<string>
    workspaceId: string
    caseId: string
    kind: string
    recipient: string
    status: ColumnType<
      'scheduled' | 'sending' | 'sent' | 'failed',
      'scheduled' | 'sending' | 'sent' | 'failed' | undefined,
      'scheduled' | 'sending' | 'sent' | 'failed'
    >
    attempts: ColumnType<number, number | undefined, number>
    claimedAt: NullableTimestamp
    providerId: string | null
    error: string | null
    dedupeKey: string
    createdAt: Timestamp
    sentAt: NullableTimestamp
  }
  returnSyncState: {
    workspaceId: string
    channelAccountId: string
    syncedAt: NullableTimestamp
    lastError: string | null
  }
  packChecks: {
    id: Generated<string>
    workspaceId: string
    orderId: string
    checklist: DefaultedJson<Array<{ item: string; checked: boolean }>>
    note: string | null
    packedBy: string | null
    packedAt: Timestamp
  }
  packPhotos: {
    id: Generated<string>
    workspaceId: string
    orderId: string
    packCheckId: string | null
    fileKey: string
    sha256: string
    size: number
    contentType: string
    takenBy: string | null
    createdAt: Timestamp
  }
}
