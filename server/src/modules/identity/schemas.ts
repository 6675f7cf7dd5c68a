import { Type } from 'typebox'
import { NullableString, StringEnum } from '../../platform/http/schema-types.js'

export { Body, ErrorSchema, errorResponses, Uuid } from '../../platform/http/schema-types.js'

import type { Role } from './rules/roles.js'

export const RoleSchema = StringEnum<Role>(['owner', 'admin', 'agent', 'viewer'], {
  description: 'owner > admin > agent > viewer',
})
export const Email = Type.String({ format: 'email', maxLength: 254 })
const DateTime = Type.String({ format: 'date-time' })
const Person = Type.Unsafe<{ id: string; name: string } | null>({
  type: ['object', 'null'],
  properties: { id: { type: 'string' }, name: { type: 'string' } },
  required: ['id', 'name'],
})

export const MeSchema = Type.Object({
  user: Type.Object({
    id: Type.String(),
    email: Type.String(),
    name: Type.String(),
    locale: NullableString(),
  }),
  workspace: Type.Object({
    id: Type.String(),
    name: Type.String(),
    slug: Type.String(),
    timezone: Type.String(),
    role: RoleSchema,
  }),
  workspaces: Type.Array(
    Type.Object({ id: Type.String(), name: Type.String(), slug: Type.String(), role: RoleSchema }),
  ),
  abilities: Type.Object({
    manageMembers: Type.Boolean(),
    manageTokens: Type.Boolean(),
    readAudit: Type.Boolean(),
    manageWorkspace: Type.Boolean(),
  }),
})

export const WorkspaceSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  slug: Type.String(),
  timezone: Type.String(),
  createdAt: DateTime,
})

export const MemberSchema = Type.Object({
  userId: Type.String(),
  email: Type.String(),
  name: Type.String(),
  role: RoleSchema,
  joinedAt: DateTime,
  abilities: Type.Object({ changeRole: Type.Boolean(), remove: Type.Boolean() }),
})

export const InvitationSchema = Type.Object({
  id: Type.String(),
  email: Type.String(),
  role: RoleSchema,
  invitedBy: Person,
  createdAt: DateTime,
  expiresAt: DateTime,
})

export const ApiTokenSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  prefix: Type.String(),
  role: RoleSchema,
  createdBy: Person,
  createdAt: DateTime,
  lastUsedAt: NullableString({ format: 'date-time' }),
  expiresAt: NullableString({ format: 'date-time' }),
})

export const AuditEntrySchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  entityType: Type.String(),
  entityId: Type.String(),
  actor: Type.Object({ type: Type.String(), id: NullableString(), label: Type.String() }),
  ip: NullableString(),
  changes: Type.Record(Type.String(), Type.Unknown()),
  createdAt: DateTime,
})
