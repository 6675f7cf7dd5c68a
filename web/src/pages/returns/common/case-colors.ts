import type { CaseKind, CaseStatus } from '../../../api/return-types'

/** Status colours: grey while waiting, blue while handled, green/red once decided. */
export const CASE_STATUS_COLORS: Record<CaseStatus, string> = {
  new: 'gray',
  awaiting_item: 'yellow',
  received: 'cyan',
  inspected: 'blue',
  accepted: 'teal',
  refused: 'red',
  resolved: 'green',
}

/** A return and a complaint look different at a glance. */
export const CASE_KIND_COLORS: Record<CaseKind, string> = {
  withdrawal: 'indigo',
  complaint: 'grape',
}

/** Red on the last day or past, orange within three days, grey later (shared with every case clock). */
export { URGENCY_COLORS } from '../../../components/case-clocks/running-clock'
