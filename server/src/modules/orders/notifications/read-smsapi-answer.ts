import {
  SmsCredentialsRejectedError,
  SmsRecipientRejectedError,
  SmsSendError,
} from './sms-send-errors.js'

/** What one accepted SMS cost and how SMSAPI calls it. */
export interface SmsapiAccepted {
  providerId: string
  points: number
}

// SMSAPI error codes (https://www.smsapi.pl/statusy-wiadomosci). 101 bad or missing
// authorisation, 102 wrong login or password, 105 the account's IP filter.
const CREDENTIALS = new Set([101, 102, 105])
// 13 no valid number (wrong, landline, blacklisted); 57 blacklisted; 59 opted out.
const RECIPIENT = new Set([13, 57, 59])
// 8 error in the request, 200 failed send, 201/666/999 internal errors, 202/203 overload:
// SMSAPI asks to report or repeat these, so a later attempt may succeed.
const TRANSIENT = new Set([8, 200, 201, 202, 203, 666, 999])
/** SMSAPI's answer to `check_idx=1` when that idx was already sent. */
export const SMSAPI_DUPLICATE_IDX = 53

interface SmsapiBody {
  error?: unknown
  message?: unknown
  invalid_numbers?: { number?: string; submitted_number?: string }[]
  list?: { id?: unknown; points?: unknown }[]
}

function parse(text: string): SmsapiBody | null {
  try {
    const value = JSON.parse(text)
    return typeof value === 'object' && value !== null ? (value as SmsapiBody) : null
  } catch {
    return null
  }
}

/**
 * Reads SMSAPI's answer to one `sms.do` send. Errors are honoured whether they come in a 200
 * body (as SMSAPI's own clients expect) or with a 4xx/5xx status. Returns the message, or
 * 'duplicate' when `check_idx` found the idx already used; throws an SmsSendError otherwise.
 */
export function readSmsapiAnswer(status: number, text: string): SmsapiAccepted | 'duplicate' {
  const body = parse(text)
  const code = typeof body?.error === 'number' ? body.error : Number(body?.error ?? Number.NaN)
  const message = typeof body?.message === 'string' ? body.message : `SMSAPI answered ${status}`
  if (code === SMSAPI_DUPLICATE_IDX) return 'duplicate'
  if (CREDENTIALS.has(code) || ((status === 401 || status === 403) && Number.isNaN(code))) {
    throw new SmsCredentialsRejectedError(message, Number.isNaN(code) ? null : code, status)
  }
  if (RECIPIENT.has(code)) {
    const numbers = (body?.invalid_numbers ?? []).map((n) => n.submitted_number ?? n.number ?? '')
    throw new SmsRecipientRejectedError(message, code, status, numbers.filter(Boolean))
  }
  const first = body?.list?.[0]
  if (status >= 200 && status < 300 && Number.isNaN(code) && typeof first?.id === 'string') {
    return { providerId: first.id, points: Number(first.points ?? 0) }
  }
  const retriable = status === 0 || status >= 500 || TRANSIENT.has(code)
  throw new SmsSendError(message, Number.isNaN(code) ? null : code, status, retriable)
}
