import type { RetryPolicy } from '../../../platform/outbound/retry-policy.js'
import { retryingFetch } from '../../../platform/outbound/retrying-fetch.js'
import type { PhoneCountry } from '../rules/notifications/calling-codes.js'
import { normalizePhoneNumber } from '../rules/notifications/phone-number.js'
import { readSmsapiAnswer } from './read-smsapi-answer.js'
import { SmsRecipientRejectedError } from './sms-send-errors.js'
import { smsapiIdx } from './smsapi-idx.js'

/** Where and as whom to send; tests shrink the retry delays and pass a fake sleep. */
export interface SmsapiSenderOptions {
  /** `https://api.smsapi.pl` (or `.com`, or a simulator), without `/sms.do`. */
  baseUrl: string
  /** An SMSAPI OAuth token with the SMS scope. */
  token: string
  /** A sender name registered on the SMSAPI account; the account's default when absent. */
  senderName?: string
  /** The country of numbers written without a country code (default PL). */
  defaultCountry?: PhoneCountry
  retry?: Partial<RetryPolicy>
  sleep?: (ms: number) => Promise<void>
  /** `test=1`: SMSAPI validates and answers but sends nothing. */
  test?: boolean
}

/** One SMS to send; the same `idempotencyKey` is never delivered twice. */
export interface SmsToSend {
  to: string
  text: string
  idempotencyKey: string
}

/** What SMSAPI accepted: its message id (or `duplicate:<idx>`) and the points charged. */
export interface SmsSent {
  providerId: string
  points: number
}

/**
 * An SMS sender for SMSAPI.pl's `POST /sms.do` (Bearer token, form parameters, `format=json`,
 * `encoding=utf-8`). Each send carries `idx` derived from the idempotency key with
 * `check_idx=1`, so a repeat after a lost answer is refused by SMSAPI (error 53) instead of
 * delivered twice; that refusal counts as success. SMSAPI does not return the first message's
 * id then, so the result is `duplicate:<idx>` with 0 points. Errors: SmsCredentialsRejectedError,
 * SmsRecipientRejectedError (never retried), SmsSendError, OutboundRateLimitedError.
 */
export function createSmsapiSender(options: SmsapiSenderOptions) {
  const endpoint = `${options.baseUrl.replace(/\/+$/, '')}/sms.do`
  return {
    async send(sms: SmsToSend): Promise<SmsSent> {
      const e164 = normalizePhoneNumber(sms.to, options.defaultCountry ?? 'PL')
      if (!e164)
        throw new SmsRecipientRejectedError(`Not a phone number: ${sms.to}`, null, 0, [sms.to])
      const idx = smsapiIdx(sms.idempotencyKey)
      const form = new URLSearchParams({
        // SMSAPI wants the number with its country code and without "+".
        to: e164.slice(1),
        message: sms.text,
        format: 'json',
        encoding: 'utf-8',
        idx,
        check_idx: '1',
      })
      if (options.senderName) form.set('from', options.senderName)
      if (options.test) form.set('test', '1')
      // Idempotent thanks to idx + check_idx: even a timed-out attempt may be repeated safely.
      const response = await retryingFetch(
        endpoint,
        {
          method: 'POST',
          headers: {
            authorization: `Bearer ${options.token}`,
            'content-type': 'application/x-www-form-urlencoded',
            accept: 'application/json',
          },
          body: form.toString(),
        },
        { retry: options.retry, sleep: options.sleep, idempotent: true },
      )
      const answer = readSmsapiAnswer(response.status, await response.text())
      return answer === 'duplicate' ? { providerId: `duplicate:${idx}`, points: 0 } : answer
    },
  }
}

/** An SMS sender as `createSmsapiSender` builds it. */
export type SmsapiSender = ReturnType<typeof createSmsapiSender>
