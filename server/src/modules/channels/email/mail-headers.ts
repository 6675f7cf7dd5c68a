/** Header fields by lower-case name, each value unfolded and trimmed, in message order. */
export type MailHeaders = ReadonlyMap<string, readonly string[]>

/** Reads raw header lines (as mailparser's `headerLines` holds them) into `MailHeaders`. */
export function mailHeaders(lines: readonly { key: string; line: string }[]): MailHeaders {
  const headers = new Map<string, string[]>()
  for (const { key, line } of lines) {
    const colon = line.indexOf(':')
    // RFC 5322 §2.2.3: folding is CRLF followed by whitespace; unfolding removes the CRLF.
    const value = (colon === -1 ? '' : line.slice(colon + 1)).replace(/\r?\n(?=[ \t])/g, '').trim()
    const name = key.toLowerCase()
    headers.set(name, [...(headers.get(name) ?? []), value])
  }
  return headers
}
