// A type alias, unlike an interface, fits PullResult's `Record<string, unknown>` cursor.
/** Where an IMAP pull stopped: the last UID handed over, valid only under its UIDVALIDITY. */
export type ImapCursor = {
  mailbox: string
  uidValidity: number
  lastUid: number
}

/** The stored cursor as an `ImapCursor`, or null when absent or not one (start afresh). */
export function readImapCursor(cursor: Record<string, unknown> | null): ImapCursor | null {
  if (!cursor) return null
  const { mailbox, uidValidity, lastUid } = cursor
  if (typeof mailbox !== 'string') return null
  if (typeof uidValidity !== 'number' || typeof lastUid !== 'number') return null
  if (!Number.isInteger(lastUid) || lastUid < 0) return null
  return { mailbox, uidValidity, lastUid }
}
