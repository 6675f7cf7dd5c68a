import type { ColumnType, Generated } from 'kysely'
import type { Role } from './rules/roles.js'

type CreatedAt = ColumnType<Date, Date | undefined, never>
type Timestamp = ColumnType<Date, Date | string, Date | string>

/** Row types of the identity module's tables (camelCase; the database uses snake_case). */
export interface IdentityTables {
  workspaces: {
    id: Generated<string>
    name: string
    slug: string
    timezone: Generated<string>
    createdAt: Generated<Date>
  }
  users: {
    id: Generated<string>
    email: string
    name: string
    passwordHash: string | null
    locale: string | null
    createdAt: CreatedAt
    updatedAt: Generated<Date>
  }
  memberships: {
    workspaceId: string
    userId: string
    role: Role
    createdAt: Generated<Date>
  }
  invitations: {
    id: Generated<string>
    workspaceId: string
    email: string
    role: Role
    tokenHash: Buffer
    invitedBy: string | null
    createdAt: Generated<Date>
    expiresAt: Timestamp
    acceptedAt: Timestamp | null
    revokedAt: Timestamp | null
  }
  apiTokens: {
    id: Generated<string>
    workspaceId: string
    name: string
    prefix: string
    tokenHash: Buffer
    role: Role
    createdBy: string | null
    createdAt: Generated<Date>
    lastUsedAt: Timestamp | null
    expiresAt: Timestamp | null
    revokedAt: Timestamp | null
  }
  sessions: {
    id: Generated<string>
    tokenHash: Buffer
    userId: string
    workspaceId: string
    csrfToken: string
    ip: string | null
    userAgent: string | null
    createdAt: Generated<Date>
    lastSeenAt: Timestamp
    expiresAt: Timestamp
  }
  loginThrottle: {
    email: string
    failures: number
    windowStartedAt: Timestamp
    lockedUntil: Timestamp | null
  }
}
