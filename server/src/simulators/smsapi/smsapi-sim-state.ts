import { randomBytes } from 'node:crypto'
import {
  DEFAULT_SMSAPI_SIM_CONFIG,
  type SimSms,
  type SmsapiSimConfig,
} from './smsapi-sim-records.js'
import { SmsapiSimTraffic } from './smsapi-sim-traffic.js'

/** The token and sender every fresh simulator accepts, so `main.ts` works out of the box. */
export const SMSAPI_SIM_DEFAULT_TOKEN = 'smsapi-sim-token'

/** The simulator's whole in-memory world: accounts' tokens, sender names, sent messages. */
export class SmsapiSimState {
  readonly config: SmsapiSimConfig
  readonly tokens = new Set<string>()
  readonly senderNames = new Set<string>()
  /** Numbers (digits with country code) refused as if on the account's blacklist. */
  readonly blacklist = new Set<string>()
  readonly messages: SimSms[] = []
  /** `idx` (lower case: SMSAPI compares it case-insensitively) → when it was last used. */
  readonly usedIdx = new Map<string, number>()
  readonly traffic: SmsapiSimTraffic
  /** SMSAPI message ids look like 24 upper-case hex digits. */
  newId: () => string = () => randomBytes(12).toString('hex').toUpperCase()
  clock: () => Date

  constructor(config: Partial<SmsapiSimConfig> = {}, clock: () => Date = () => new Date()) {
    this.config = { ...DEFAULT_SMSAPI_SIM_CONFIG, ...config }
    this.clock = clock
    this.traffic = new SmsapiSimTraffic(this.config, () => this.clock())
    this.seedDefaults()
  }

  private seedDefaults(): void {
    this.tokens.add(SMSAPI_SIM_DEFAULT_TOKEN)
    this.senderNames.add(this.config.defaultSender)
  }

  /** True when `idx` was used within the configured window. */
  idxTaken(idx: string): boolean {
    const at = this.usedIdx.get(idx.toLowerCase())
    return at !== undefined && this.clock().getTime() - at < this.config.idxWindowMs
  }

  /** Keeps an accepted message and remembers its idx. */
  record(sms: SimSms): void {
    this.messages.push(sms)
    if (sms.idx) this.usedIdx.set(sms.idx.toLowerCase(), sms.dateSent.getTime())
  }

  /** Empties the world back to the default token and sender; the config stays. */
  reset(): void {
    this.tokens.clear()
    this.senderNames.clear()
    this.blacklist.clear()
    this.messages.length = 0
    this.usedIdx.clear()
    this.traffic.reset()
    this.seedDefaults()
  }
}
