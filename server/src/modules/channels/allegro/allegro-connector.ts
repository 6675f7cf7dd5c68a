import type { RetryPolicy } from '../../../platform/outbound/retry-policy.js'
import type { ChannelConnector } from '../contract.js'
import { DEFAULT_PULL_OPTIONS, type PullOptions, pullAllegro } from './allegro-pull.js'
import {
  type AllegroOutboundReply,
  DEFAULT_SEND_OPTIONS,
  findDeliveredReply,
  type SendOptions,
  sendReply,
} from './allegro-send.js'
import { openAllegroSession } from './allegro-session.js'
import { sharedAllegroTokens } from './allegro-token-cache.js'

/** Tuning for a connector instance; tests shrink delays and budgets. */
export interface AllegroConnectorOptions {
  retry?: Partial<RetryPolicy>
  sleep?: (ms: number) => Promise<void>
  random?: () => number
  pull?: Partial<PullOptions>
  send?: Partial<SendOptions>
}

/** Builds an Allegro Message Center connector with its own token cache. */
export function createAllegroConnector(options: AllegroConnectorOptions = {}): ChannelConnector {
  const cache = sharedAllegroTokens
  const http = { retry: options.retry, sleep: options.sleep, random: options.random }
  const pullOptions = { ...DEFAULT_PULL_OPTIONS, ...options.pull }
  const sendOptions = {
    ...DEFAULT_SEND_OPTIONS,
    ...(options.sleep ? { sleep: options.sleep } : {}),
    ...options.send,
  }
  const open = (account: Parameters<typeof openAllegroSession>[0]) =>
    openAllegroSession(account, cache, http)

  return {
    kind: 'allegro',
    async pull(account, cursor) {
      const session = open(account)
      const result = await pullAllegro(session.client, session.settings, cursor, pullOptions)
      const credentials = session.changedCredentials()
      return {
        messages: result.messages,
        cursor: { ...result.cursor },
        hasMore: result.hasMore,
        ...(credentials ? { credentials: { ...credentials } } : {}),
      }
    },
    async send(account, reply) {
      const session = open(account)
      return sendReply(session.client, session.settings, reply as AllegroOutboundReply, sendOptions)
    },
    async findDelivered(account, reply) {
      const session = open(account)
      return findDeliveredReply(
        session.client,
        session.settings,
        reply as AllegroOutboundReply,
        sendOptions,
      )
    },
    async markRead(account, externalThreadId) {
      await open(account).client.markThreadRead(externalThreadId)
    },
    async verify(account) {
      await open(account).client.listThreads({ limit: 1 })
    },
  }
}

/** The Allegro connector registered for kind 'allegro'. */
export const allegroConnector: ChannelConnector = createAllegroConnector()
