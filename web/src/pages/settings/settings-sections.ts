import type { Abilities } from '../../api/types'

export interface SettingsSection {
  path: string
  labelKey:
    | 'settings.workspace'
    | 'settings.members'
    | 'settings.inbox'
    | 'orderSettings.tab'
    | 'returnClocks.settings.tab'
    | 'settings.channels'
    | 'settings.invitations'
    | 'settings.apiTokens'
    | 'settings.auditLog'
  /** Server ability required to see the section; `null` = every member. */
  ability: keyof Abilities | null
}

export const SETTINGS_SECTIONS: readonly SettingsSection[] = [
  { path: 'workspace', labelKey: 'settings.workspace', ability: null },
  { path: 'members', labelKey: 'settings.members', ability: null },
  { path: 'inbox', labelKey: 'settings.inbox', ability: null },
  { path: 'orders', labelKey: 'orderSettings.tab', ability: null },
  { path: 'returns', labelKey: 'returnClocks.settings.tab', ability: null },
  { path: 'channels', labelKey: 'settings.channels', ability: 'manageWorkspace' },
  { path: 'invitations', labelKey: 'settings.invitations', ability: 'manageMembers' },
  { path: 'api-tokens', labelKey: 'settings.apiTokens', ability: 'manageTokens' },
  { path: 'audit-log', labelKey: 'settings.auditLog', ability: 'readAudit' },
]

export function visibleSections(abilities: Abilities): SettingsSection[] {
  return SETTINGS_SECTIONS.filter((section) => !section.ability || abilities[section.ability])
}
