/** One message the simulator accepted (`test=1` requests are answered but not kept). */
export interface SimSms {
  id: string
  /** The recipient as SMSAPI normalises it: digits with the country code, no "+". */
  number: string
  /** The recipient as the caller wrote it. */
  submittedNumber: string
  /** The text after decoding and (with `normalize=1`) transliteration. */
  message: string
  from: string
  idx: string | null
  encoding: 'gsm7' | 'ucs2'
  parts: number
  points: number
  dateSent: Date
  /** The bearer token that sent it: one per SMSAPI account or sub-user. */
  token: string
}

/** Tunables; tests tighten limits and switch how errors are reported. */
export interface SmsapiSimConfig {
  /** Requests per token per window before 429; null: unlimited. */
  rateLimit: { budget: number; windowMs: number } | null
  /**
   * The HTTP status of business errors (13, 14, 53, …). SMSAPI's official clients read them
   * from a 200 body (smsapi-php-client LegacyResponseMapper, smsapi-python-client fixtures);
   * 400 lets tests prove an adapter copes with either.
   */
  businessErrorStatus: 200 | 400
  /** Points one message part costs (an SMSAPI.pl "SMS Pro" part is charged per part). */
  pointsPerPart: number
  /** Most parts a message may have when the request names no `max_parts` (clients allow 1–10). */
  maxParts: number
  /** How long a used `idx` blocks another with `check_idx=1`. */
  idxWindowMs: number
  /** The account's default sender name, used when a request has no `from`. */
  defaultSender: string
}

/** The defaults: no rate limit, 200-bodied errors, 0.16 points per part, a day of idx memory. */
export const DEFAULT_SMSAPI_SIM_CONFIG: SmsapiSimConfig = {
  rateLimit: null,
  businessErrorStatus: 200,
  pointsPerPart: 0.16,
  maxParts: 10,
  idxWindowMs: 24 * 3600 * 1000,
  defaultSender: 'Test',
}
