export type Role = 'owner' | 'admin' | 'agent' | 'viewer'
export type Locale = 'pl' | 'en'

export const ROLES: readonly Role[] = ['owner', 'admin', 'agent', 'viewer']

export interface MeUser {
  id: string
  email: string
  name: string
  /** 'pl' | 'en' when the user picked a language; null until then. */
  locale: Locale | null
}

export interface MeWorkspace {
  id: string
  name: string
  slug: string
  timezone: string
  role: Role
}

export interface WorkspaceSummary {
  id: string
  name: string
  slug: string
  role: Role
}

export interface Abilities {
  manageMembers: boolean
  manageTokens: boolean
  readAudit: boolean
  manageWorkspace: boolean
}

export interface Me {
  user: MeUser
  workspace: MeWorkspace
  workspaces: WorkspaceSummary[]
  abilities: Abilities
}

export interface Workspace {
  id: string
  name: string
  slug: string
  timezone: string
  createdAt: string
}

export interface Member {
  userId: string
  email: string
  name: string
  role: Role
  joinedAt: string
  abilities: { changeRole: boolean; remove: boolean }
}

export interface PersonRef {
  id: string
  name: string
}

export interface Invitation {
  id: string
  email: string
  role: Role
  invitedBy: PersonRef | null
  createdAt: string
  expiresAt: string
}

export interface CreatedInvitation {
  invitation: Invitation
  acceptUrl: string
}

export interface PublicInvitation {
  workspaceName: string
  email: string
  role: Role
  userExists: boolean
}

export interface ApiToken {
  id: string
  name: string
  prefix: string
  role: Role
  createdBy: PersonRef | null
  createdAt: string
  lastUsedAt: string | null
  expiresAt: string | null
}

export interface CreatedApiToken {
  token: ApiToken
  secret: string
}

export interface AuditActor {
  type: 'user' | 'api_token' | 'system'
  id: string | null
  label: string
}

export interface AuditEntry {
  id: string
  name: string
  entityType: string
  entityId: string | null
  actor: AuditActor
  ip: string | null
  changes: unknown
  createdAt: string
}

export interface Page<T> {
  items: T[]
}

export interface AuditPage extends Page<AuditEntry> {
  nextBefore: string | null
}

export interface LiveEvent {
  id: string
  name: string
  entityType: string
  entityId: string | null
  createdAt: string
}
