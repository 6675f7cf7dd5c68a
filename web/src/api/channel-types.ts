import type { ChannelKind } from './inbox-types'

export type AccountStatus = 'active' | 'paused' | 'needs_auth'
export type SlaClock = '24/7' | 'working_time'
export type SlaCalendar = 'workspace' | 'marketplace'
export type AssignmentMode = 'manual' | 'round_robin' | 'load_based'
export type AllegroEnvironment = 'production' | 'sandbox' | 'simulator'

export interface MailServer {
  host: string
  port: number
  secure: boolean
  user: string
}

export interface EmailSettings {
  fromAddress: string
  fromName?: string
  imap: MailServer & { mailbox?: string; sentMailbox?: string }
  smtp: MailServer
}

export interface AllegroSettings {
  environment: AllegroEnvironment
  apiUrl: string
  authUrl: string
  sellerLogin?: string
}

export interface WidgetSettings {
  widgetKey?: string
  title?: string
  greeting?: string
  color?: string
  allowedOrigins?: string[]
  fallbackEmailAccountId?: string
}

export interface AccountSla {
  firstResponseMinutes: number | null
  nextResponseMinutes: number | null
  clock: SlaClock
  calendar: SlaCalendar
}

export interface AccountHealth {
  lastSyncAt: string | null
  lastSuccessAt: string | null
  lastError: string | null
  lastErrorAt: string | null
  rateLimitedUntil: string | null
}

export interface ChannelAccount {
  id: string
  kind: ChannelKind
  name: string
  status: AccountStatus
  settings: Partial<EmailSettings & AllegroSettings & WidgetSettings> & Record<string, unknown>
  credentialsSet: string[]
  sla: AccountSla
  assignmentMode: AssignmentMode
  teamId: string | null
  health: AccountHealth
  createdAt: string
}

/** Body of `POST /channel-accounts` (and, without `kind`, of `PATCH`). */
export interface ChannelAccountInput {
  kind?: ChannelKind
  name?: string
  status?: AccountStatus
  settings?: EmailSettings | AllegroSettings | WidgetSettings
  credentials?: Record<string, string>
  slaFirstResponseMinutes?: number | null
  slaNextResponseMinutes?: number | null
  slaClock?: SlaClock
  slaCalendar?: SlaCalendar
  assignmentMode?: AssignmentMode
  teamId?: string | null
}

export interface DeviceFlow {
  userCode: string
  verificationUri: string
  verificationUriComplete: string
  expiresIn: number
  interval: number
}

export type DeviceFlowStatus = 'pending' | 'approved' | 'denied' | 'expired'
