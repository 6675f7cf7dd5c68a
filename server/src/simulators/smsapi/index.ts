export {
  registerSmsapiSimulator,
  type SmsapiSimulatorOptions,
} from './register-smsapi-simulator.js'
export { SMSAPI_ERRORS, type SmsapiErrorCode } from './smsapi-errors.js'
export {
  DEFAULT_SMSAPI_SIM_CONFIG,
  type SimSms,
  type SmsapiSimConfig,
} from './smsapi-sim-records.js'
export { SMSAPI_SIM_DEFAULT_TOKEN, SmsapiSimState } from './smsapi-sim-state.js'
export {
  type RunningSmsapiSimulator,
  type StartSmsapiSimulatorOptions,
  startSmsapiSimulator,
} from './start-smsapi-simulator.js'
