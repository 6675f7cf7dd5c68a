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
}
