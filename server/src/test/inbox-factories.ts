import { randomUUID } from 'node:crypto'
import {
  type ChannelAccountInput,
  type ChannelKind,
  createChannelAccount,
  type InboundMessage,
  loadConnectorAccount,
} from '../modules/channels/index.js'
import { ingestMessages } from '../modules/conversations/index.js'
import { systemActor } from '../platform/context.js'
import type { Runtime } from '../platform/runtime.js'

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
  },
  widget: {},
}

/** A channel account of `kind` in a workspace (defaults that never reach a real server). */
export async function buildChannelAccount(
  runtime: Runtime,
  workspaceId: string,
  kind: ChannelKind,
  input: Partial<ChannelAccountInput> = {},
): Promise<string> {
  return runtime.inWorkspace({ workspaceId, actor: systemActor('test') }, (ctx) =>
    createChannelAccount(ctx, runtime.secrets, kind, {
      name: `${kind} ${randomUUID().slice(0, 4)}`,
      settings: SETTINGS[kind],
      ...input,
    }),
  )
}

/** A normalised inbound message with sensible defaults. */
export function inboundMessage(overrides: Partial<InboundMessage> = {}): InboundMessage {
  return {
    externalId: randomUUID(),
    externalThreadId: null,
    direction: 'inbound',
    author: { name: 'Jan Kowalski', email: 'jan.kowalski@example.test', externalId: null },
    subject: 'Gdzie jest moja paczka?',
    text: 'Dzień dobry, zamówiłem kawę tydzień temu i nadal nie dotarła.',
    html: null,
    sentAt: new Date(),
    attachments: [],
    threading: { messageId: null, inReplyTo: null, references: [], orderNumber: null },
    automated: false,
    ...overrides,
  }
}

/** Runs the real ingest path for one account, as a sync job would. */
export async function ingest(
  runtime: Runtime,
  workspaceId: string,
  accountId: string,
  messages: InboundMessage[],
) {
  return runtime.inWorkspace({ workspaceId, actor: systemActor('test') }, async (ctx) => {
    const account = await loadConnectorAccount(ctx, runtime.secrets, accountId, { lock: true })
    return ingestMessages(ctx, runtime.files, account, messages)
  })
}
