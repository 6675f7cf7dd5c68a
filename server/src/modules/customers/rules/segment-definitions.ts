import {
  AT_RISK_MAX_R,
  AT_RISK_MIN_F,
  DISSATISFIED_COMPLAINT_DAYS,
  DISSATISFIED_REVIEW_DAYS,
  DISSATISFIED_SENTIMENT_DAYS,
  DORMANT_AFTER_DAYS,
  LOYAL_MIN_F,
  LOYAL_MIN_R,
  NEW_CUSTOMER_DAYS,
  NEW_CUSTOMER_ORDERS,
  RETURNING_MIN_ORDERS,
  type Segment,
  VIP_M,
  VIP_MIN_F,
  VIP_MIN_R,
} from './segments.js'

/** A segment described for people (PL/EN) and for a SQL recompute (the numbers it uses). */
export interface SegmentDefinition {
  id: Segment
  labelPl: string
  labelEn: string
  descriptionPl: string
  descriptionEn: string
  /** The named parameters of the rule, the same constants `segmentsOf` reads. */
  parameters: Readonly<Record<string, number>>
}

/** Every segment's labels, descriptions and parameters, in SEGMENTS order. */
export const SEGMENT_DEFINITIONS: readonly SegmentDefinition[] = [
  {
    id: 'new',
    labelPl: 'Nowi',
    labelEn: 'New',
    descriptionPl: `Dokładnie ${NEW_CUSTOMER_ORDERS} zamówienie, złożone w ciągu ostatnich ${NEW_CUSTOMER_DAYS} dni.`,
    descriptionEn: `Exactly ${NEW_CUSTOMER_ORDERS} order, placed within the last ${NEW_CUSTOMER_DAYS} days.`,
    parameters: { ordersCount: NEW_CUSTOMER_ORDERS, firstOrderWithinDays: NEW_CUSTOMER_DAYS },
  },
  {
    id: 'returning',
    labelPl: 'Powracający',
    labelEn: 'Returning',
    descriptionPl: `Co najmniej ${RETURNING_MIN_ORDERS} zamówienia.`,
    descriptionEn: `At least ${RETURNING_MIN_ORDERS} orders.`,
    parameters: { minOrders: RETURNING_MIN_ORDERS },
  },
  {
    id: 'loyal',
    labelPl: 'Lojalni',
    labelEn: 'Loyal',
    descriptionPl: `Kupują często (ocena częstotliwości F ≥ ${LOYAL_MIN_F} z 5) i niedawno (ocena świeżości R ≥ ${LOYAL_MIN_R}).`,
    descriptionEn: `Buy often (frequency score F ≥ ${LOYAL_MIN_F} of 5) and recently (recency score R ≥ ${LOYAL_MIN_R}).`,
    parameters: { minF: LOYAL_MIN_F, minR: LOYAL_MIN_R },
  },
  {
    id: 'vip',
    labelPl: 'VIP',
    labelEn: 'VIP',
    descriptionPl: `Najwyższa wartość zakupów (M = ${VIP_M}, górne 20%), kupują regularnie (F ≥ ${VIP_MIN_F}) i niedawno (R ≥ ${VIP_MIN_R}).`,
    descriptionEn: `Top lifetime value (M = ${VIP_M}, top 20%), buy regularly (F ≥ ${VIP_MIN_F}) and recently (R ≥ ${VIP_MIN_R}).`,
    parameters: { m: VIP_M, minF: VIP_MIN_F, minR: VIP_MIN_R },
  },
  {
    id: 'at_risk',
    labelPl: 'Zagrożeni odejściem',
    labelEn: 'At risk',
    descriptionPl: `Dobrzy klienci (F ≥ ${AT_RISK_MIN_F}), którzy dawno nie kupowali (R ≤ ${AT_RISK_MAX_R}).`,
    descriptionEn: `Good customers (F ≥ ${AT_RISK_MIN_F}) who have not bought for a while (R ≤ ${AT_RISK_MAX_R}).`,
    parameters: { minF: AT_RISK_MIN_F, maxR: AT_RISK_MAX_R },
  },
  {
    id: 'dissatisfied',
    labelPl: 'Niezadowoleni',
    labelEn: 'Dissatisfied',
    descriptionPl: `Otwarta reklamacja, reklamacja w ciągu ${DISSATISFIED_COMPLAINT_DAYS} dni, negatywna opinia w ciągu ${DISSATISFIED_REVIEW_DAYS} dni lub negatywny wydźwięk wiadomości w ciągu ${DISSATISFIED_SENTIMENT_DAYS} dni.`,
    descriptionEn: `An open complaint, a complaint within ${DISSATISFIED_COMPLAINT_DAYS} days, a negative review within ${DISSATISFIED_REVIEW_DAYS} days, or negative sentiment in a message within ${DISSATISFIED_SENTIMENT_DAYS} days.`,
    parameters: {
      complaintWithinDays: DISSATISFIED_COMPLAINT_DAYS,
      negativeReviewWithinDays: DISSATISFIED_REVIEW_DAYS,
      negativeSentimentWithinDays: DISSATISFIED_SENTIMENT_DAYS,
    },
  },
  {
    id: 'dormant',
    labelPl: 'Uśpieni',
    labelEn: 'Dormant',
    descriptionPl: `Ostatnie zamówienie ponad ${DORMANT_AFTER_DAYS} dni temu.`,
    descriptionEn: `Last order more than ${DORMANT_AFTER_DAYS} days ago.`,
    parameters: { lastOrderOlderThanDays: DORMANT_AFTER_DAYS },
  },
]
