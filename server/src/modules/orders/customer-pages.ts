/**
 * The kit of the public customer pages (the tracking page here, the returns portal in the returns
 * module): escaping, page shell and headers, languages, dates and money for buyers, rate limits
 * and tracking tokens. Server-rendered, no script, strict CSP.
 */
export { AnyObject } from './routes/order-schemas.js'
export { formatMoney } from './rules/notifications/index.js'
export { instantOfWallTime } from './rules/notifications/zoned-time.js'
export { accentPalette } from './rules/tracking-page/accent-palette.js'
export { addCalendarDays, civilDate } from './rules/tracking-page/civil-date.js'
export { formatMoment, LOCALE_OF } from './rules/tracking-page/format-dates.js'
export { escapeHtml, html, SafeHtml } from './rules/tracking-page/html.js'
export {
  explicitLanguage,
  pickTrackingLanguage,
  TRACKING_LANGUAGES,
  type TrackingLanguage,
} from './rules/tracking-page/languages.js'
export { pageMoney } from './rules/tracking-page/page-money.js'
export { isValidEmail, MAX_EMAIL_CHARS } from './rules/tracking-page/problem-report-input.js'
export type { ReportLimit } from './rules/tracking-page/report-limit.js'
export { notFoundPage } from './service/tracking-page/open-tracking-page.js'
export { newNonce, sendPage, trackingScope } from './service/tracking-page/page-response.js'
export { ReportLimiter } from './service/tracking-page/report-limiter.js'
export {
  normalizeTrackingToken,
  workspaceOfTrackingToken,
} from './service/tracking-page/tracking-token.js'
export { renderNotice } from './service/tracking-page/views/notice-view.js'
export { pageDocument } from './service/tracking-page/views/page-shell.js'
export { cachedWorkspaceZone } from './service/tracking-page/workspace-zone.js'
