import type { InboundMessage } from '../../server/src/modules/channels/index.js'
import { allegroLogin } from '../lib/people.js'
import { messageText } from '../lib/polish-texts.js'
import { seededRandom } from '../lib/stats.js'

/** The seller's own Allegro login: its messages come back as outbound. */
export const SELLER_LOGIN = 'sklep_elektro24'

const hex = (random: () => number, length: number) =>
  Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join('')
const uuid = (random: () => number) =>
  `${hex(random, 8)}-${hex(random, 4)}-4${hex(random, 3)}-a${hex(random, 3)}-${hex(random, 12)}`
const threadId = (random: () => number) =>
  Buffer.from(hex(random, 32), 'hex').toString('base64url').slice(0, 22)

/**
 * `total` messages as the Allegro connector hands them over (toInboundMessage): threads of one to
 * nine messages (five on average) over the last fortnight, buyers writing more often than the
 * seller, a fifth of buyers writing again in another thread, oldest first with distinct times.
 */
export function allegroMessages(total: number, seed = 20_240_601): InboundMessage[] {
  const random = seededRandom(seed)
  const now = Date.now()
  const window = 14 * 86_400_000
  const buyers = Array.from({ length: Math.ceil(total / 6) }, () => allegroLogin(random))
  const messages: InboundMessage[] = []
  while (messages.length < total) {
    const buyer = buyers[Math.floor(random() * buyers.length * random())] as string
    const thread = threadId(random)
    const order = random() < 0.7 ? uuid(random) : null
    const length = Math.min(total - messages.length, 1 + Math.floor(random() * 9))
    let at = now - window + random() * window * 0.9
    for (let i = 0; i < length; i++) {
      const seller = i > 0 && random() < 0.4
      messages.push({
        externalId: uuid(random),
        externalThreadId: thread,
        direction: seller ? 'outbound' : 'inbound',
        author: {
          name: seller ? SELLER_LOGIN : buyer,
          email: null,
          externalId: seller ? SELLER_LOGIN : buyer,
        },
        subject: i === 0 && random() < 0.1 ? 'Pytanie o przedmiot' : null,
        text: messageText(random, seller, null),
        html: null,
        sentAt: new Date(Math.round(at)),
        attachments: [],
        threading: { messageId: null, inReplyTo: null, references: [], orderNumber: order },
        automated: false,
      })
      at += Math.min(random() * random() * 86_400_000, (now - at) / 2)
    }
  }
  messages.sort((a, b) => a.sentAt.getTime() - b.sentAt.getTime())
  // Distinct instants, as Allegro's millisecond timestamps almost always are.
  for (let i = 1; i < messages.length; i++) {
    const before = messages[i - 1] as InboundMessage
    const current = messages[i] as InboundMessage
    if (current.sentAt <= before.sentAt) current.sentAt = new Date(before.sentAt.getTime() + 1)
  }
  return messages
}

/** Splits messages into pages of `size`, as consecutive pulls return them. */
export function pages<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, (i + 1) * size),
  )
}
