/** One entry of an order's timeline, whatever produced it. */
export interface TimelineEntry {
  at: Date
  kind: 'status' | 'tracking' | 'notification' | 'alert'
  code: string
  detail: string | null
}

/** Merges status changes, parcel scans, messages sent and alerts into one list, newest first. */
export function orderTimeline(parts: {
  statusEvents: { status: string; occurredAt: Date; source: string }[]
  trackingEvents: {
    occurredAt: Date
    status: string
    rawDescription: string | null
    location: string | null
  }[]
  notifications: { kind: string; channel: string; status: string; sentAt: Date | null }[]
  alerts: { kind: string; detail: string; raisedAt: Date }[]
}): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...parts.statusEvents.map((e) => ({
      at: e.occurredAt,
      kind: 'status' as const,
      code: e.status,
      detail: null,
    })),
    ...parts.trackingEvents.map((e) => ({
      at: e.occurredAt,
      kind: 'tracking' as const,
      code: e.status,
      detail: [e.rawDescription, e.location].filter(Boolean).join(' · ') || null,
    })),
    ...parts.notifications.flatMap((n) =>
      n.sentAt
        ? [{ at: n.sentAt, kind: 'notification' as const, code: n.kind, detail: n.channel }]
        : [],
    ),
    ...parts.alerts.map((a) => ({
      at: a.raisedAt,
      kind: 'alert' as const,
      code: a.kind,
      detail: a.detail,
    })),
  ]
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime())
}
