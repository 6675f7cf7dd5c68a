import type { TrackingLanguage } from '../../../rules/tracking-page/languages.js'
import type { ProblemReportIssue } from '../../../rules/tracking-page/problem-report-input.js'
import type { TrackingPageData } from '../load-tracking-page.js'

/** The problem form as the page shows it: open after an error, with what the buyer typed. */
export interface ProblemFormState {
  open: boolean
  message: string
  email: string
  error: ProblemReportIssue | null
  /** Sent back with the form: a resubmitted form is stored once. */
  submissionId: string
}

/** Everything the tracking page's views need for one response. */
export interface TrackingViewInput {
  data: TrackingPageData
  token: string
  language: TrackingLanguage
  /** The `?lang=` the buyer chose, kept in links and forms; null when none was chosen. */
  chosenLanguage: TrackingLanguage | null
  timeZone: string
  now: Date
  nonce: string
  reported: boolean
  form: ProblemFormState
}

/** `?lang=xx` when the buyer picked a language, so the next page keeps it. */
export const languageQuery = (input: Pick<TrackingViewInput, 'chosenLanguage'>) =>
  input.chosenLanguage ? `?lang=${input.chosenLanguage}` : ''
