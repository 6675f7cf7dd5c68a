import type {
  AllegroEnvironment,
  AssignmentMode,
  ChannelAccount,
  ChannelAccountInput,
  SlaCalendar,
  SlaClock,
} from '../../../api/channel-types'
import type { ChannelKind } from '../../../api/inbox-types'

export interface MailServerForm {
  host: string
  port: number | ''
  secure: boolean
  user: string
}

/** Everything the add/edit form holds; only the part for the account's kind is sent. */
export interface ChannelForm {
  kind: ChannelKind
  name: string
  email: { fromAddress: string; fromName: string; imap: MailServerForm; smtp: MailServerForm }
  allegro: { environment: AllegroEnvironment; apiUrl: string; authUrl: string }
  widget: {
    title: string
    greeting: string
    color: string
    allowedOrigins: string[]
    fallbackEmailAccountId: string
  }
  /** Write-only secrets; empty means "leave unchanged". */
  credentials: Record<string, string>
  slaFirstResponseMinutes: number | ''
  slaNextResponseMinutes: number | ''
  slaClock: SlaClock
  slaCalendar: SlaCalendar
  assignmentMode: AssignmentMode
  teamId: string
}

export const CREDENTIALS_BY_KIND: Record<ChannelKind, string[]> = {
  email: ['imapPassword', 'smtpPassword'],
  allegro: ['clientId', 'clientSecret'],
  widget: [],
}

/** API and OAuth URLs per Allegro environment; the simulator runs inside this server. */
export function allegroUrls(environment: AllegroEnvironment, origin = window.location.origin) {
  if (environment === 'production')
    return { apiUrl: 'https://api.allegro.pl', authUrl: 'https://allegro.pl' }
  if (environment === 'sandbox')
    return {
      apiUrl: 'https://api.allegro.pl.allegrosandbox.pl',
      authUrl: 'https://allegro.pl.allegrosandbox.pl',
    }
  return { apiUrl: `${origin}/_sim/allegro`, authUrl: `${origin}/_sim/allegro` }
}

/** First/next response targets (minutes) a new account starts with, as the server would pick. */
const DEFAULT_MINUTES: Record<ChannelKind, number> = { email: 8 * 60, allegro: 24 * 60, widget: 15 }

const server = (port: number, secure: boolean): MailServerForm => ({
  host: '',
  port,
  secure,
  user: '',
})
const minutes = (value: number | null | undefined): number | '' => value ?? ''

/** The form for a new account of `kind`, or for editing `account`. */
export function initialForm(kind: ChannelKind, account?: ChannelAccount): ChannelForm {
  const s = account?.settings ?? {}
  const environment = (s.environment as AllegroEnvironment | undefined) ?? 'simulator'
  return {
    kind,
    name: account?.name ?? '',
    email: {
      fromAddress: s.fromAddress ?? '',
      fromName: s.fromName ?? '',
      imap: s.imap ? { ...s.imap } : server(993, true),
      smtp: s.smtp ? { ...s.smtp } : server(465, true),
    },
    allegro: {
      environment,
      apiUrl: s.apiUrl ?? allegroUrls(environment).apiUrl,
      authUrl: s.authUrl ?? allegroUrls(environment).authUrl,
    },
    widget: {
      title: s.title ?? '',
      greeting: s.greeting ?? '',
      color: s.color ?? '#4c6ef5',
      allowedOrigins: s.allowedOrigins ?? [],
      fallbackEmailAccountId: s.fallbackEmailAccountId ?? '',
    },
    credentials: {},
    slaFirstResponseMinutes: account
      ? minutes(account.sla.firstResponseMinutes)
      : DEFAULT_MINUTES[kind],
    slaNextResponseMinutes: account
      ? minutes(account.sla.nextResponseMinutes)
      : DEFAULT_MINUTES[kind],
    slaClock: account?.sla.clock ?? (kind === 'allegro' ? '24/7' : 'working_time'),
    slaCalendar: account?.sla.calendar ?? (kind === 'allegro' ? 'marketplace' : 'workspace'),
    assignmentMode: account?.assignmentMode ?? 'manual',
    teamId: account?.teamId ?? '',
  }
}

const port = (value: number | '') => (value === '' ? 0 : value)
const optional = (value: string) => (value.trim() ? value.trim() : undefined)

function settingsOf(form: ChannelForm): ChannelAccountInput['settings'] {
  if (form.kind === 'email') {
    const { imap, smtp } = form.email
    return {
      fromAddress: form.email.fromAddress.trim(),
      fromName: form.email.fromName.trim(),
      imap: { ...imap, host: imap.host.trim(), user: imap.user.trim(), port: port(imap.port) },
      smtp: { ...smtp, host: smtp.host.trim(), user: smtp.user.trim(), port: port(smtp.port) },
    }
  }
  if (form.kind === 'allegro')
    return {
      environment: form.allegro.environment,
      apiUrl: form.allegro.apiUrl.trim(),
      authUrl: form.allegro.authUrl.trim(),
    }
  return {
    title: form.widget.title.trim(),
    greeting: form.widget.greeting.trim(),
    color: form.widget.color,
    allowedOrigins: form.widget.allowedOrigins.map((o) => o.trim()).filter(Boolean),
    fallbackEmailAccountId: optional(form.widget.fallbackEmailAccountId),
  }
}

/** The request body; `kind` only when creating, credentials only where something was typed. */
export function formToBody(form: ChannelForm, creating: boolean): ChannelAccountInput {
  const credentials = Object.fromEntries(
    Object.entries(form.credentials).filter(([, value]) => value.trim() !== ''),
  )
  return {
    ...(creating ? { kind: form.kind } : {}),
    name: form.name.trim(),
    settings: settingsOf(form),
    ...(Object.keys(credentials).length ? { credentials } : {}),
    slaFirstResponseMinutes:
      form.slaFirstResponseMinutes === '' ? null : form.slaFirstResponseMinutes,
    slaNextResponseMinutes: form.slaNextResponseMinutes === '' ? null : form.slaNextResponseMinutes,
    slaClock: form.slaClock,
    slaCalendar: form.slaCalendar,
    assignmentMode: form.assignmentMode,
    teamId: form.teamId || null,
  }
}
