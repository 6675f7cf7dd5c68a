import { readRecipients, type SimRecipient } from './sim-sms-numbers.js'
import { flag, type SmsParams } from './sim-sms-params.js'
import { measureSmsText, normalizeSmsText } from './sim-sms-text.js'
import { type InvalidNumber, SmsapiError } from './smsapi-errors.js'
import type { SimSms } from './smsapi-sim-records.js'
import type { SmsapiSimState } from './smsapi-sim-state.js'

/** The JSON `sms.do` answers an accepted request with. */
export interface SmsSubmitResponse {
  count: number
  list: {
    id: string
    points: number
    number: string
    date_sent: number
    submitted_number: string
    status: 'QUEUE'
    error: null
    idx: string | null
    parts?: number
  }[]
  message?: string
  length?: number
  parts?: number
  invalid_numbers?: InvalidNumber[]
}

// SMSAPI: "idx … up to 255 characters, letters [a-z] and digits [0-9]" (case-insensitive).
const IDX_MAX = 255

function idxFor(
  params: SmsParams,
  recipients: SimRecipient[],
  submitted: number,
): (string | null)[] {
  const raw = params.idx
  if (raw === undefined || raw === '') return recipients.map(() => null)
  const all = raw.split('|')
  if (all.length > 1 && all.length !== submitted) throw new SmsapiError(20)
  for (const idx of all) {
    if (idx.length > IDX_MAX) throw new SmsapiError(27)
    if (!/^[a-z0-9]+$/i.test(idx)) throw new SmsapiError(8)
  }
  return recipients.map((r) => (all.length === 1 ? all[0]! : all[r.position]!))
}

function maxPartsOf(params: SmsParams, fallback: number): number {
  const asked = Number(params.max_parts)
  return Number.isInteger(asked) && asked >= 1 && asked <= 10 ? asked : fallback
}

/**
 * Validates and accepts one `sms.do` send the way SMSAPI orders its checks: message, sender,
 * recipients, idx; then `check_idx=1` refuses the whole request if any idx was used (error
 * 53). `test=1` answers as if sent but keeps nothing. Throws SmsapiError.
 */
export function submitSms(
  state: SmsapiSimState,
  token: string,
  params: SmsParams,
): SmsSubmitResponse {
  const message = flag(params, 'normalize')
    ? normalizeSmsText(params.message ?? '')
    : (params.message ?? '')
  const shape = measureSmsText(message)
  const tooLong = shape.parts > maxPartsOf(params, state.config.maxParts)
  if (message.trim() === '' || tooLong) throw new SmsapiError(11)
  if (flag(params, 'nounicode') && shape.encoding === 'ucs2') throw new SmsapiError(11)
  const from = params.from ?? state.config.defaultSender
  if (!state.senderNames.has(from)) throw new SmsapiError(14)
  const { recipients, invalid, submitted } = readRecipients(params.to ?? '', state.blacklist)
  if (recipients.length === 0) throw new SmsapiError(13, invalid)
  const idx = idxFor(params, recipients, submitted)
  if (flag(params, 'check_idx') && idx.some((i) => i !== null && state.idxTaken(i))) {
    throw new SmsapiError(53)
  }
  const now = state.clock()
  const points = Math.round(shape.parts * state.config.pointsPerPart * 10_000) / 10_000
  const sent: SimSms[] = recipients.map((r, i) => ({
    id: state.newId(),
    number: r.number,
    submittedNumber: r.submittedNumber,
    message,
    from,
    idx: idx[i] ?? null,
    encoding: shape.encoding,
    parts: shape.parts,
    points,
    dateSent: now,
    token,
  }))
  if (!flag(params, 'test')) for (const sms of sent) state.record(sms)
  const details = flag(params, 'details')
  return {
    count: sent.length,
    list: sent.map((sms) => ({
      id: sms.id,
      points: sms.points,
      number: sms.number,
      date_sent: Math.floor(now.getTime() / 1000),
      submitted_number: sms.submittedNumber,
      status: 'QUEUE',
      error: null,
      idx: sms.idx,
      ...(details ? { parts: sms.parts } : {}),
    })),
    ...(details ? { message, length: shape.length, parts: shape.parts } : {}),
    ...(invalid.length > 0 ? { invalid_numbers: invalid } : {}),
  }
}
