/** An SMS the provider did not accept; `retriable` says whether trying later may help. */
export class SmsSendError extends Error {
  constructor(
    message: string,
    /** The provider's error code (SMSAPI's numeric one), null when it gave none. */
    readonly code: number | null,
    /** The HTTP status of the final answer, 0 when there was none. */
    readonly status: number,
    readonly retriable: boolean,
  ) {
    super(message)
    this.name = 'SmsSendError'
  }
}

/** The provider refused the API token (SMSAPI 101/102/105): the seller must fix the settings. */
export class SmsCredentialsRejectedError extends SmsSendError {
  constructor(message: string, code: number | null, status: number) {
    super(message, code, status, false)
    this.name = 'SmsCredentialsRejectedError'
  }
}

/** The recipient cannot get SMS (malformed, landline, blacklisted): retrying will not help. */
export class SmsRecipientRejectedError extends SmsSendError {
  constructor(
    message: string,
    code: number | null,
    status: number,
    /** The numbers as the provider named them, when it did. */
    readonly numbers: string[] = [],
  ) {
    super(message, code, status, false)
    this.name = 'SmsRecipientRejectedError'
  }
}
