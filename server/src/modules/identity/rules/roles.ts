/** Workspace roles from least to most powerful. */
export const ROLES = ['viewer', 'agent', 'admin', 'owner'] as const
export type Role = (typeof ROLES)[number]

/** True when `role` is at least `minimum` in the owner > admin > agent > viewer order. */
export function hasRole(role: Role, minimum: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(minimum)
}

/** What a member may do in workspace settings; the SPA shows controls from this, not its own guess. */
export function workspaceAbilities(role: Role) {
  const admin = hasRole(role, 'admin')
  return { manageMembers: admin, manageTokens: admin, readAudit: admin, manageWorkspace: admin }
}

/** Facts about a proposed membership change, for the pure rules below. */
export interface MemberChange {
  actorRole: Role
  isSelf: boolean
  targetRole: Role
  /** Owners in the workspace before the change. */
  ownerCount: number
}

/** Why a membership change is refused, or null when it is allowed. */
export type Refusal = null | 'forbidden' | 'owner_only' | 'last_owner'

/** Whether an actor may give a member `newRole`: admins manage members, only owners touch ownership, a workspace keeps at least one owner. */
export function refuseRoleChange(change: MemberChange, newRole: Role): Refusal {
  if (!hasRole(change.actorRole, 'admin')) return 'forbidden'
  if ((change.targetRole === 'owner' || newRole === 'owner') && change.actorRole !== 'owner') {
    return 'owner_only'
  }
  if (change.targetRole === 'owner' && newRole !== 'owner' && change.ownerCount <= 1) {
    return 'last_owner'
  }
  return null
}

/** Whether an actor may remove a member (anyone may leave, but not as the last owner). */
export function refuseRemoval(change: MemberChange): Refusal {
  if (!change.isSelf && !hasRole(change.actorRole, 'admin')) return 'forbidden'
  if (change.targetRole === 'owner' && !change.isSelf && change.actorRole !== 'owner') {
    return 'owner_only'
  }
  if (change.targetRole === 'owner' && change.ownerCount <= 1) return 'last_owner'
  return null
}

/** Whether an actor may invite someone as `role` (only owners invite owners). */
export function refuseInvitation(actorRole: Role, role: Role): Refusal {
  if (!hasRole(actorRole, 'admin')) return 'forbidden'
  if (role === 'owner' && actorRole !== 'owner') return 'owner_only'
  return null
}

/** Whether an actor may mint an API token with `role`: never above their own role, never owner. */
export function refuseTokenRole(actorRole: Role, role: Role): Refusal {
  if (!hasRole(actorRole, 'admin')) return 'forbidden'
  if (role === 'owner' || !hasRole(actorRole, role)) return 'owner_only'
  return null
}
