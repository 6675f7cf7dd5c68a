export { NUMBERING_PLANS, type NumberingPlan, type PhoneCountry } from './calling-codes.js'
export { currencyDigits, formatMoney } from './format-money.js'
export {
  NOTIFICATION_KINDS,
  type NotificationBranding,
  type NotificationChannel,
  type NotificationKind,
  type NotificationShipment,
  type OrderNotificationInput,
  type RenderedNotification,
} from './notification-kinds.js'
export { normalizePhoneNumber } from './phone-number.js'
export { copyForLocale, NOTIFICATION_LANGUAGES } from './pick-copy.js'
export { DEFAULT_QUIET_HOURS, type QuietHours, quietHoursEnd } from './quiet-hours.js'
export { renderOrderNotification } from './render-order-notification.js'
export { isGsm7Character, type SmsSegmentCount, smsSegments } from './sms-segments.js'
export { MAX_ORDER_SMS_SEGMENTS } from './sms-text.js'
