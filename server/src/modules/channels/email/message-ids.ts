const messageId = /<[^<>\s]{1,250}>/g
// Long threads keep their root and newest ids; mail clients thread on those (RFC 5322 §3.6.4).
const maxReferences = 100

/** Every `<id>` in one or more header values, in order (In-Reply-To, References). */
export function messageIdsIn(value: string | readonly string[] | undefined): string[] {
  const values = typeof value === 'string' ? [value] : (value ?? [])
  const ids = values.flatMap((entry) => entry.match(messageId) ?? [])
  return ids.length > maxReferences ? [ids[0]!, ...ids.slice(1 - maxReferences)] : ids
}

/** A usable Message-ID: one `<id>` without whitespace, short enough to serve as a key. */
export function validMessageId(value: string | undefined): string | null {
  const id = value?.trim() ?? ''
  return /^<[^<>\s]{1,250}>$/.test(id) ? id : null
}
