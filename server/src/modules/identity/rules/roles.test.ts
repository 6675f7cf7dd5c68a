import { describe, expect, it } from 'vitest'
import {
  hasRole,
  refuseInvitation,
  refuseRemoval,
  refuseRoleChange,
  refuseTokenRole,
  workspaceAbilities,
} from './roles.js'

const change = (
  actorRole: 'owner' | 'admin' | 'agent' | 'viewer',
  targetRole: 'owner' | 'admin' | 'agent' | 'viewer',
  ownerCount = 2,
  isSelf = false,
) => ({
  actorRole,
  targetRole,
  ownerCount,
  isSelf,
})

describe('role rules', () => {
  it('orders roles owner > admin > agent > viewer', () => {
    expect(hasRole('owner', 'admin')).toBe(true)
    expect(hasRole('admin', 'admin')).toBe(true)
    expect(hasRole('agent', 'admin')).toBe(false)
    expect(hasRole('viewer', 'agent')).toBe(false)
  })

  it('lets admins change agents and viewers but not touch ownership', () => {
    expect(refuseRoleChange(change('admin', 'agent'), 'viewer')).toBeNull()
    expect(refuseRoleChange(change('admin', 'agent'), 'owner')).toBe('owner_only')
    expect(refuseRoleChange(change('admin', 'owner'), 'agent')).toBe('owner_only')
    expect(refuseRoleChange(change('agent', 'viewer'), 'agent')).toBe('forbidden')
  })

  it('keeps at least one owner', () => {
    expect(refuseRoleChange(change('owner', 'owner', 1, true), 'admin')).toBe('last_owner')
    expect(refuseRoleChange(change('owner', 'owner', 2, true), 'admin')).toBeNull()
    expect(refuseRemoval(change('owner', 'owner', 1, true))).toBe('last_owner')
  })

  it('lets anyone leave, but only admins remove others', () => {
    expect(refuseRemoval(change('viewer', 'viewer', 1, true))).toBeNull()
    expect(refuseRemoval(change('agent', 'viewer'))).toBe('forbidden')
    expect(refuseRemoval(change('admin', 'owner'))).toBe('owner_only')
  })

  it('caps API-token roles at the creator and never mints owners', () => {
    expect(refuseTokenRole('admin', 'agent')).toBeNull()
    expect(refuseTokenRole('admin', 'owner')).toBe('owner_only')
    expect(refuseTokenRole('agent', 'viewer')).toBe('forbidden')
    expect(refuseInvitation('admin', 'owner')).toBe('owner_only')
    expect(refuseInvitation('owner', 'owner')).toBeNull()
  })

  it('derives settings abilities from the role', () => {
    expect(workspaceAbilities('admin').manageMembers).toBe(true)
    expect(workspaceAbilities('agent')).toEqual({
      manageMembers: false,
      manageTokens: false,
      readAudit: false,
      manageWorkspace: false,
    })
  })
})
