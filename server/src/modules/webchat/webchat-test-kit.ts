import { randomUUID } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { systemActor } from '../../platform/context.js'
import type { Runtime } from '../../platform/runtime.js'
import { createChannelAccount, loadConnectorAccount } from '../channels/index.js'

/** A widget account made through the channels service, with its public key and identity secret (tests only). */
export async function buildWidget(
  runtime: Runtime,
  workspaceId: string,
  settings: Record<string, unknown> = {},
): Promise<{ id: string; key: string; identitySecret: string }> {
  return runtime.inWorkspace({ workspaceId, actor: systemActor('test') }, async (ctx) => {
    const id = await createChannelAccount(ctx, runtime.secrets, 'widget', {
      name: `Widget ${randomUUID().slice(0, 4)}`,
      settings: { title: 'Kraina Kawy', ...settings },
    })
    const account = await loadConnectorAccount(ctx, runtime.secrets, id)
    return {
      id,
      key: account.settings.widgetKey as string,
      identitySecret: account.credentials.identitySecret as string,
    }
  })
}

/** A fresh client address, so one test's requests never count against another's per-IP budget. */
export const freshIp = () =>
  `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`

/** Starts a visitor session through the API and returns its JSON (tests only). */
export async function startChat(
  app: FastifyInstance,
  key: string,
  body: Record<string, unknown> = {},
  remoteAddress = freshIp(),
) {
  const response = await app.inject({
    method: 'POST',
    url: '/widget/v1/sessions',
    remoteAddress,
    payload: { key, name: 'Jan Kowalski', email: 'jan.kowalski@example.test', ...body },
  })
  if (response.statusCode !== 201)
    throw new Error(`session failed: ${response.statusCode} ${response.body}`)
  return response.json() as { visitorToken: string; visitorId: string; online: boolean }
}

/** The Authorization header of a visitor. */
export const asVisitor = (token: string) => ({ authorization: `Bearer ${token}` })
