import type { OrderStatus, TrackingStatus } from '../../contract.js'
import type { HeadlineKey } from './headline.js'
import type { TrackingLanguage } from './languages.js'
import { DE } from './strings-de.js'
import { EN } from './strings-en.js'
import { PL } from './strings-pl.js'

/** Every text the tracking page shows a buyer, in one language. */
export interface TrackingStrings {
  /** The language's own name, for the switcher's accessible label. */
  languageName: string
  languageSwitcher: string
  trackingTitle: string
  order(number: string): string
  headline: Record<HeadlineKey, string>
  /** A second line under some headlines: what the buyer can do now. */
  headlineHint: Partial<Record<HeadlineKey, string>>
  deliveredOn(date: string): string
  parcelsDelivered(delivered: number, total: number): string
  expectedByCarrier: string
  expectedEstimated: string
  estimateBadge: string
  estimateNote: string
  late: string
  today: string
  tomorrow: string
  steps: [placed: string, shipped: string, onTheWay: string, delivered: string]
  orderStatus: Record<OrderStatus, string>
  trackingStatus: Record<TrackingStatus, string>
  timelineTitle: string
  timesIn(timeZone: string): string
  parcelsTitle: string
  parcel(index: number): string
  trackingNumber: string
  carrierUnknown: string
  trackOn(carrier: string): string
  noParcelYet: string
  itemsTitle: string
  shipping: string
  total: string
  deliveryTo: string
  reportProblem: string
  returnItem: string
  messageLabel: string
  messagePlaceholder: string
  emailLabel: string
  emailLabelRequired: string
  emailHintOrderEmail: string
  emailHintNoOrderEmail: string
  send: string
  messageRequired: string
  messageTooLong(max: number): string
  emailInvalid: string
  reported: string
  rateLimitedTitle: string
  rateLimited(minutes: number): string
  noChannelTitle: string
  noChannel: string
  problemSubject(number: string): string
  backToTracking: string
  notFoundTitle: string
  notFoundText: string
  privacyNote: string
}

const STRINGS: Record<TrackingLanguage, TrackingStrings> = { pl: PL, en: EN, de: DE }

/** The tracking page's texts in `language`. */
export const trackingStrings = (language: TrackingLanguage): TrackingStrings => STRINGS[language]
