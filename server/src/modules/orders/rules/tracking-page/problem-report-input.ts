/** Longest problem report a buyer may send (the web chat's limit too). */
export const MAX_PROBLEM_CHARS = 5000
/** Longest e-mail address SMTP can carry (RFC 5321 §4.5.3.1.3: a 256-octet path less "<>"). */
export const MAX_EMAIL_CHARS = 254

/**
 * WHATWG HTML's "valid e-mail address" (§4.10.5.1.5), the rule browsers apply to
 * `<input type=email>`, so the server accepts exactly what the form's own check accepts.
 */
const VALID_EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/

/** Whether `address` is a valid e-mail address by the same WHATWG rule (and SMTP's length). */
export const isValidEmail = (address: string) =>
  address.length <= MAX_EMAIL_CHARS && VALID_EMAIL.test(address)

/** Why a report was refused, and the field to point at. */
export type ProblemReportIssue =
  | { field: 'message'; code: 'message_required' | 'message_too_long' }
  | { field: 'email'; code: 'email_invalid' }

/** A report as the page's form or a JSON client sends it. */
export interface ProblemReportFields {
  message?: unknown
  email?: unknown
}

/** A checked report: the trimmed text (line breaks as LF) and the e-mail or null. */
export type CheckedProblemReport =
  | { ok: true; message: string; email: string | null }
  | { ok: false; issue: ProblemReportIssue }

/**
 * Checks a report: a message of 1 to 5000 characters after trimming (counted as the form's
 * `maxlength` counts, in UTF-16 code units), and an optional valid e-mail address.
 */
export function checkProblemReport(fields: ProblemReportFields): CheckedProblemReport {
  const message =
    typeof fields.message === 'string' ? fields.message.replace(/\r\n?/g, '\n').trim() : ''
  if (!message) return { ok: false, issue: { field: 'message', code: 'message_required' } }
  if (message.length > MAX_PROBLEM_CHARS)
    return { ok: false, issue: { field: 'message', code: 'message_too_long' } }
  const email = typeof fields.email === 'string' ? fields.email.trim() : ''
  if (!email) return { ok: true, message, email: null }
  if (!isValidEmail(email)) return { ok: false, issue: { field: 'email', code: 'email_invalid' } }
  return { ok: true, message, email }
}
