/** Seconds after the visitor's chat was last open when replies go by e-mail instead. */
export const FALLBACK_AFTER_SECONDS = 60

/** Where an agent's reply to a widget conversation goes. */
export type WidgetDeliveryRoute =
  | { via: 'widget' }
  | { via: 'email'; emailAccountId: string; to: { name: string; email: string } }

/** What the decision looks at: the visitor's last open chat and the account's fallback mailbox. */
export interface DeliveryFacts {
  visitor: { name: string; email: string; lastSeenAt: Date | null } | null
  /** The fallback e-mail account when it exists and can send; null otherwise. */
  fallbackEmailAccountId: string | null
  now: Date
}

/**
 * A reply goes to the widget while the visitor's chat was open within the last minute; after
 * that, by e-mail through the fallback account (if configured), else it waits in the widget.
 */
export function decideDeliveryRoute(facts: DeliveryFacts): WidgetDeliveryRoute {
  const { visitor, fallbackEmailAccountId, now } = facts
  if (!visitor || !fallbackEmailAccountId) return { via: 'widget' }
  const seenMsAgo = visitor.lastSeenAt ? now.getTime() - visitor.lastSeenAt.getTime() : Infinity
  if (seenMsAgo < FALLBACK_AFTER_SECONDS * 1000) return { via: 'widget' }
  return {
    via: 'email',
    emailAccountId: fallbackEmailAccountId,
    to: { name: visitor.name, email: visitor.email },
  }
}
