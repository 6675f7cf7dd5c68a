/** Where the header section of a raw message ends and its body begins (RFC 5322 §2.1). */
function bodyStart(raw: Buffer): { headerEnd: number; bodyStart: number } {
  const crlf = raw.indexOf('\r\n\r\n')
  const lf = raw.indexOf('\n\n')
  if (crlf !== -1 && (lf === -1 || crlf < lf)) return { headerEnd: crlf, bodyStart: crlf + 4 }
  if (lf !== -1) return { headerEnd: lf, bodyStart: lf + 2 }
  return { headerEnd: raw.length, bodyStart: raw.length }
}

/** The body of a raw message as bytes, everything after the first empty line. */
export function rawBody(raw: Buffer): Buffer {
  return raw.subarray(bodyStart(raw).bodyStart)
}

/** The undecoded bytes of the first header field `name`, unfolded, or null when absent. */
export function rawHeaderValue(raw: Buffer, name: string): Buffer | null {
  const header = raw.subarray(0, bodyStart(raw).headerEnd).toString('latin1')
  const match = new RegExp(`^${name}:([^\\n]*(?:\\r?\\n[ \\t][^\\n]*)*)`, 'im').exec(header)
  if (!match?.[1]) return null
  return Buffer.from(match[1].replace(/\r?\n(?=[ \t])/g, '').trim(), 'latin1')
}

/**
 * Decodes a header that arrived as raw 8-bit bytes in a legacy charset (mailparser reads them as
 * UTF-8 and yields U+FFFD): the message's own charset is the sender's best guess, else
 * windows-1252, which maps every byte.
 */
export function repairHeader(decoded: string, raw: Buffer | null, charset: string | null) {
  if (!raw || !decoded.includes('\uFFFD') || raw.includes('=?')) return decoded
  for (const label of [charset, 'windows-1252']) {
    if (!label) continue
    try {
      return new TextDecoder(label).decode(raw)
    } catch {
      // An unknown or unsupported label: try the next one.
    }
  }
  return decoded
}
