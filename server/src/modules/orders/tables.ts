import type { ColumnType, Generated } from 'kysely'
import type {
  CarrierCode,
  Marketplace,
  OrderSource,
  OrderStatus,
  PostalAddress,
  ProductFlag,
  TrackingStatus,
} from './contract.js'

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
type NullableTimestamp = ColumnType<
  Date | null,
  Date | string | null | undefined,
  Date | string | null
>
type Json<T> = ColumnType<T, string | T, string | T>
// bigint columns come back as strings from pg; amounts stay below 2^53 so they are read as numbers.
type Minor = ColumnType<string | number, number | string, number | string>

/** Where Aftersale reaches each carrier's tracking API (defaults: the carriers' public URLs). */
export type CarrierSettings = Partial<Record<CarrierCode, { apiUrl?: string }>>

/** Kinds of order-status messages to customers. */
export type NotificationKind =
  | 'order_received'
  | 'shipped'
  | 'out_for_delivery'
  | 'delivered'
  | 'delay_notice'

/** Problems Aftersale raises before the customer notices them. */
export type OrderAlertKind =
  | 'ship_by_at_risk'
  | 'ship_by_missed'
  | 'no_scan'
  | 'exception'
  | 'returned_to_sender'

/** Row types of the orders module's tables. */
export interface OrderTables {
  products: {
    id: Generated<string>
    workspaceId: string
    sku: string
    name: string
    stock: number | null
    availabilityText: string | null
    flags: ColumnType<ProductFlag[], ProductFlag[] | undefined, ProductFlag[]>
    createdAt: Timestamp
    updatedAt: Timestamp
  }
  orders: {
    id: Generated<string>
    workspaceId: string
    source: OrderSource
    externalId: string
    number: string
    marketplace: Marketplace
    channelAccountId: string | null
    customerId: string | null
    buyerName: string | null
    buyerEmail: string | null
    buyerPhone: string | null
    buyerLogin: string | null
    locale: string | null
    shippingAddress: Json<PostalAddress | null>
    billingAddress: Json<PostalAddress | null>
    currency: string
    itemsMinor: Minor
    shippingMinor: Minor
    totalMinor: Minor
    status: OrderStatus
    placedAt: Timestamp
    paidAt: NullableTimestamp
    shipBy: NullableTimestamp
    shippedAt: NullableTimestamp
    deliveredAt: NullableTimestamp
    cancelledAt: NullableTimestamp
    expectedDeliveryAt: NullableTimestamp
    invoiceNumber: string | null
    trackingToken: Generated<string>
    createdAt: Timestamp
    updatedAt: Timestamp
  }
  orderItems: {
    id: Generated<string>
    workspaceId: string
    orderId: string
    lineNo: number
    externalId: string | null
    sku: string | null
    name: string
    quantity: number
    unitPriceMinor: Minor
    flags: ColumnType<ProductFlag[], ProductFlag[] | undefined, ProductFlag[]>
  }
  orderStatusEvents: {
    workspaceId: string
    orderId: string
    status: OrderStatus
    occurredAt: Timestamp
    source: string
  }
  shipments: {
    id: Generated<string>
    workspaceId: string
    orderId: string
    carrier: CarrierCode | null
    trackingNumber: string
    status: TrackingStatus | null
    statusAt: NullableTimestamp
    lastScanAt: NullableTimestamp
    expectedDeliveryAt: NullableTimestamp
    deliveredAt: NullableTimestamp
    pushedToSourceAt: NullableTimestamp
    nextPollAt: NullableTimestamp
    pollFailures: Generated<number>
    createdAt: Timestamp
    updatedAt: Timestamp
  }
  trackingEvents: {
    id: Generated<string>
    workspaceId: string
    shipmentId: string
    occurredAt: Timestamp
    status: TrackingStatus
    rawCode: string
    rawDescription: string | null
    location: string | null
    receivedVia: 'poll' | 'webhook' | 'source'
    createdAt: Generated<Date>
  }
  orderSettings: {
    workspaceId: string
    shipByWarningHours: Generated<number>
    noScanDays: Generated<number>
    proactiveMessages: Generated<boolean>
    notifyEmail: Generated<boolean>
    notifySms: Generated<boolean>
    notifyKinds: ColumnType<NotificationKind[], NotificationKind[] | undefined, NotificationKind[]>
    quietStart: Generated<string>
    quietEnd: Generated<string>
    shopName: string | null
    accentColor: Generated<string>
    logoUrl: string | null
    replyToEmail: string | null
    emailAccountId: string | null
    smsApiUrl: string | null
    smsSenderName: string | null
    smsTokenSealed: Buffer | null
    carrierSettings: ColumnType<CarrierSettings, string | undefined, string>
    updatedAt: Timestamp
  }
  orderNotifications: {
    id: Generated<string>
    workspaceId: string
    orderId: string
    kind: NotificationKind
    channel: 'email' | 'sms'
    recipient: string
    status: ColumnType<
      'scheduled' | 'sending' | 'sent' | 'failed' | 'skipped',
      string | undefined,
      string
    >
    claimedAt: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>
    scheduledFor: Timestamp
    attempts: Generated<number>
    sentAt: NullableTimestamp
    providerId: string | null
    error: string | null
    createdAt: Generated<Date>
  }
  orderAlerts: {
    id: Generated<string>
    workspaceId: string
    orderId: string
    shipmentId: string | null
    kind: OrderAlertKind
    detail: string
    raisedAt: Timestamp
    resolvedAt: NullableTimestamp
    customerNotifiedAt: NullableTimestamp
  }
  orderSyncState: {
    channelAccountId: string
    workspaceId: string
    cursor: string | null
    lastSyncedAt: NullableTimestamp
    lastError: string | null
    ordersSeen: Generated<number>
  }
  importRuns: {
    id: Generated<string>
    workspaceId: string
    kind: 'orders' | 'products'
    fileName: string
    status: ColumnType<'running' | 'finished' | 'failed', string | undefined, string>
    bytesTotal: number | null
    bytesRead: Generated<number>
    rowsRead: Generated<number>
    rowsImported: Generated<number>
    rowsFailed: Generated<number>
    errors: Json<ImportRowError[]>
    startedBy: string
    startedAt: Timestamp
    finishedAt: NullableTimestamp
  }
}

/** One rejected CSV row: its line number, the column at fault and why. */
export interface ImportRowError {
  line: number
  column: string | null
  message: string
}
