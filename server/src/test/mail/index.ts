export { freePort } from './free-port.js'
export {
  type DovecotOptions,
  dovecotBinary,
  startDovecot,
  type TestDovecot,
} from './start-dovecot.js'
export {
  type SinkMessage,
  type SmtpSink,
  type SmtpSinkOptions,
  startSmtpSink,
} from './start-smtp-sink.js'
