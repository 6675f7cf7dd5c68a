import type { NotificationKind, OrderSettings, OrderSettingsInput } from '../../../api/order-types'

/** What the form edits: the settings with text fields as strings ('' = not set). */
export interface OrderSettingsDraft {
  shipByWarningHours: number | ''
  noScanDays: number | ''
  proactiveMessages: boolean
  notifyEmail: boolean
  notifySms: boolean
  notifyKinds: NotificationKind[]
  quietStart: string
  quietEnd: string
  shopName: string
  accentColor: string
  logoUrl: string
  replyToEmail: string
  emailAccountId: string
  smsApiUrl: string
  smsSenderName: string
  /** Typed only to replace the stored token; '' keeps it. */
  smsToken: string
}

/** The form's starting point from the saved settings. */
export function draftFrom(settings: OrderSettings): OrderSettingsDraft {
  return {
    shipByWarningHours: settings.shipByWarningHours,
    noScanDays: settings.noScanDays,
    proactiveMessages: settings.proactiveMessages,
    notifyEmail: settings.notifyEmail,
    notifySms: settings.notifySms,
    notifyKinds: settings.notifyKinds,
    quietStart: settings.quietStart.slice(0, 5),
    quietEnd: settings.quietEnd.slice(0, 5),
    shopName: settings.shopName ?? '',
    accentColor: settings.accentColor,
    logoUrl: settings.logoUrl ?? '',
    replyToEmail: settings.replyToEmail ?? '',
    emailAccountId: settings.emailAccountId ?? '',
    smsApiUrl: settings.smsApiUrl ?? '',
    smsSenderName: settings.smsSenderName ?? '',
    smsToken: '',
  }
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/
const COLOR = /^#[0-9a-fA-F]{6}$/
// The sender name an SMS gateway accepts: 1–11 letters, digits, spaces, dots or dashes (GSM alphanumeric).
const SENDER = /^[A-Za-z0-9 .-]{1,11}$/

/** Fields whose value the server would refuse (same rules as `PUT /order-settings`). */
export function invalidFields(d: OrderSettingsDraft): Set<keyof OrderSettingsDraft> {
  const bad = new Set<keyof OrderSettingsDraft>()
  if (d.shipByWarningHours === '' || d.shipByWarningHours < 1 || d.shipByWarningHours > 168)
    bad.add('shipByWarningHours')
  if (d.noScanDays === '' || d.noScanDays < 1 || d.noScanDays > 30) bad.add('noScanDays')
  if (!HHMM.test(d.quietStart)) bad.add('quietStart')
  if (!HHMM.test(d.quietEnd)) bad.add('quietEnd')
  if (!COLOR.test(d.accentColor)) bad.add('accentColor')
  if (d.smsSenderName && !SENDER.test(d.smsSenderName)) bad.add('smsSenderName')
  if (d.smsToken && (d.smsToken.length < 10 || d.smsToken.length > 200)) bad.add('smsToken')
  return bad
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim())

/** The `PUT /order-settings` body; the SMS token only when a new one was typed. */
export function settingsInput(d: OrderSettingsDraft): OrderSettingsInput {
  return {
    shipByWarningHours: Number(d.shipByWarningHours),
    noScanDays: Number(d.noScanDays),
    proactiveMessages: d.proactiveMessages,
    notifyEmail: d.notifyEmail,
    notifySms: d.notifySms,
    notifyKinds: d.notifyKinds,
    quietStart: d.quietStart,
    quietEnd: d.quietEnd,
    shopName: orNull(d.shopName),
    accentColor: d.accentColor,
    logoUrl: orNull(d.logoUrl),
    replyToEmail: orNull(d.replyToEmail),
    emailAccountId: orNull(d.emailAccountId),
    smsApiUrl: orNull(d.smsApiUrl),
    smsSenderName: orNull(d.smsSenderName),
    ...(d.smsToken ? { smsToken: d.smsToken } : {}),
  }
}
