/** Every workspace-scoped key starts with ['ws', workspaceId] so a workspace switch never mixes data. */
export const queryKeys = {
  me: ['me'] as const,
  allWorkspaceData: ['ws'] as const,
  workspace: (ws: string) => ['ws', ws, 'workspace'] as const,
  members: (ws: string) => ['ws', ws, 'members'] as const,
  invitations: (ws: string) => ['ws', ws, 'invitations'] as const,
  apiTokens: (ws: string) => ['ws', ws, 'api-tokens'] as const,
  auditLog: (ws: string) => ['ws', ws, 'audit-log'] as const,
  publicInvitation: (token: string) => ['public-invitation', token] as const,
  /** Prefix of everything a conversation event can change: lists, counts, details, threads, search. */
  inbox: (ws: string) => ['ws', ws, 'inbox'] as const,
  conversationList: (ws: string, filters: object) =>
    ['ws', ws, 'inbox', 'conversations', filters] as const,
  conversationCounts: (ws: string) => ['ws', ws, 'inbox', 'counts'] as const,
  conversation: (ws: string, id: string) => ['ws', ws, 'inbox', 'conversation', id] as const,
  messages: (ws: string, id: string) => ['ws', ws, 'inbox', 'messages', id] as const,
  search: (ws: string, q: string) => ['ws', ws, 'inbox', 'search', q] as const,
  agents: (ws: string) => ['ws', ws, 'agents'] as const,
  teams: (ws: string) => ['ws', ws, 'teams'] as const,
  tags: (ws: string) => ['ws', ws, 'tags'] as const,
  inboxSettings: (ws: string) => ['ws', ws, 'inbox-settings'] as const,
  channelAccounts: (ws: string) => ['ws', ws, 'channel-accounts'] as const,
}
