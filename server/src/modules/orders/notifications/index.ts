export {
  readSmsapiAnswer,
  SMSAPI_DUPLICATE_IDX,
  type SmsapiAccepted,
} from './read-smsapi-answer.js'
export {
  SmsCredentialsRejectedError,
  SmsRecipientRejectedError,
  SmsSendError,
} from './sms-send-errors.js'
export { smsapiIdx } from './smsapi-idx.js'
export {
  createSmsapiSender,
  type SmsapiSender,
  type SmsapiSenderOptions,
  type SmsSent,
  type SmsToSend,
} from './smsapi-sender.js'
