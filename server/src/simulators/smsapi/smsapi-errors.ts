/**
 * SMSAPI's error codes for `sms.do` as its code table lists them ("Kody błędów",
 * https://www.smsapi.pl/statusy-wiadomosci); messages as the API words them in English.
 */
export const SMSAPI_ERRORS = {
  8: 'Error in request (please report)',
  11: 'Message too long or there is no message or parameter nounicode is set and special characters (including Polish characters) are used',
  13: 'No correct phone numbers',
  14: 'Invalid sender field',
  20: 'Invalid number of IDX parameters',
  27: 'Too long IDX parameter (max 255 chars)',
  53: 'Not unique idx parameter, message with the same idx has been already sent and check_idx=1',
  101: 'Authorization failed',
  201: 'Internal system error (please report)',
  203: 'Too many requests. Try again later',
} as const

/** A code the simulator answers with. */
export type SmsapiErrorCode = keyof typeof SMSAPI_ERRORS

/** A number `sms.do` refused, reported beside error 13 (and beside partial successes). */
export interface InvalidNumber {
  number: string
  submitted_number: string
  message: string
}

/** A refusal of an `sms.do` request: `{ error, message }` in JSON, `ERROR:<code>` in text. */
export class SmsapiError extends Error {
  constructor(
    readonly code: SmsapiErrorCode,
    readonly invalidNumbers: InvalidNumber[] = [],
  ) {
    super(SMSAPI_ERRORS[code])
    this.name = 'SmsapiError'
  }

  /** The JSON body SMSAPI answers with. */
  toJSON() {
    return {
      error: this.code,
      message: this.message,
      ...(this.invalidNumbers.length > 0 ? { invalid_numbers: this.invalidNumbers } : {}),
    }
  }
}
