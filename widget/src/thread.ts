import type { ServerMessage } from './api.js'

/** How far one of the visitor's own messages got. */
export type Delivery = 'sending' | 'sent' | 'failed'

/** One line in the chat. */
export interface ChatItem {
  /** Stable key for the DOM: the client id of own messages, else the server id. */
  key: string
  id: string | null
  clientId: string | null
  direction: 'inbound' | 'outbound'
  authorName: string | null
  text: string
  delivery: Delivery
}

/** The chat's messages: server history merged with the visitor's own messages in flight. */
export class Thread {
  readonly items: ChatItem[] = []

  /** Adds the visitor's message before the server has it. */
  addOwn(clientId: string, text: string): ChatItem {
    const item: ChatItem = {
      key: clientId,
      id: null,
      clientId,
      direction: 'inbound',
      authorName: null,
      text,
      delivery: 'sending',
    }
    this.items.push(item)
    return item
  }

  /** Marks an own message stored; drops a copy the live stream delivered first. */
  confirm(clientId: string, id: string): ChatItem | null {
    const item = this.byClient(clientId)
    if (!item) return null
    item.id = id
    item.delivery = 'sent'
    const copy = this.items.findIndex((i) => i.id === id && i !== item)
    if (copy >= 0) this.items.splice(copy, 1)
    return item
  }

  /** Sets the delivery state of an own message. */
  mark(clientId: string, delivery: Delivery): ChatItem | null {
    const item = this.byClient(clientId)
    if (item) item.delivery = delivery
    return item ?? null
  }

  /** Adds server messages not shown yet; returns the new items in order. */
  merge(messages: ServerMessage[]): ChatItem[] {
    const added: ChatItem[] = []
    for (const m of messages) {
      if (this.items.some((i) => i.id === m.id)) continue
      // The stream can beat the POST's answer: adopt the matching message still sending.
      const own =
        m.direction === 'inbound'
          ? this.items.find((i) => i.id === null && i.delivery === 'sending' && i.text === m.text)
          : undefined
      if (own) {
        own.id = m.id
        own.delivery = 'sent'
        continue
      }
      const item: ChatItem = {
        key: m.id,
        id: m.id,
        clientId: null,
        direction: m.direction,
        authorName: m.authorName,
        text: m.text,
        delivery: 'sent',
      }
      this.items.push(item)
      added.push(item)
    }
    return added
  }

  private byClient(clientId: string) {
    return this.items.find((i) => i.clientId === clientId)
  }
}

/** A random id for a message, so a retried POST is stored once. */
export function newClientId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return `c${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`
}
