import { randomUUID } from 'node:crypto'
import {
  type ChannelAccountInput,
  type ChannelKind,
  createChannelAccount,
} from '../../server/src/modules/channels/index.js'
import type { Role } from '../../server/src/modules/identity/index.js'
import { createUserInWorkspace } from '../../server/src/modules/identity/index.js'
import type { Runtime } from '../../server/src/platform/runtime.js'
import { benchScope } from './runtime.js'

/** Settings that pass validation and never reach a real server. */
const SETTINGS: Record<ChannelKind, Record<string, unknown>> = {
  email: {
    fromAddress: 'sklep@example.test',
    imap: { host: '127.0.0.1', port: 1, secure: false, user: 'sklep' },
    smtp: { host: '127.0.0.1', port: 1, secure: false, user: 'sklep' },
  },
  allegro: {
    environment: 'simulator',
    apiUrl: 'http://127.0.0.1:1',
    authUrl: 'http://127.0.0.1:1',
    sellerLogin: 'sklep_elektro24',
  },
  widget: {},
}

/** Adds a member through the identity module (creating the workspace on first use). */
export async function addMember(
  runtime: Runtime,
  workspace: string,
  name: string,
  role: Role = 'agent',
): Promise<{ userId: string; workspaceId: string }> {
  const slug = name.toLowerCase().replace(/[^a-z]+/g, '.')
  return createUserInWorkspace(runtime, {
    email: `${slug}.${randomUUID().slice(0, 8)}@bench.aftersale.local`,
    password: 'bench password 1234',
    name,
    workspace,
    role,
  })
}

/** Creates a channel account through the channels module, with the kind's default SLA. */
export function addChannelAccount(
  runtime: Runtime,
  workspaceId: string,
  kind: ChannelKind,
  name: string,
  input: Partial<ChannelAccountInput> = {},
): Promise<string> {
  return runtime.inWorkspace(benchScope(workspaceId), (ctx) =>
    createChannelAccount(ctx, runtime.secrets, kind, {
      name,
      settings: SETTINGS[kind],
      ...input,
    }),
  )
}
