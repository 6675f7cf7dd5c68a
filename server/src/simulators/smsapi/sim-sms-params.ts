/** Text encodings `sms.do` accepts in `encoding` (SMSAPI's list; windows-1250 by default). */
const ENCODINGS = new Set([
  'iso-8859-1',
  'iso-8859-2',
  'iso-8859-3',
  'iso-8859-4',
  'iso-8859-5',
  'iso-8859-7',
  'windows-1250',
  'windows-1251',
  'utf-8',
])

/** The request's parameters as strings. */
export type SmsParams = Record<string, string>

/** What a request asked for, and whether its `encoding` is one SMSAPI knows. */
export interface ReadSmsParams {
  params: SmsParams
  encodingKnown: boolean
}

const PLUS = 0x2b
const PERCENT = 0x25
const AMPERSAND = 0x26
const EQUALS = 0x3d

const hex = (byte: number | undefined) =>
  byte === undefined ? Number.NaN : Number.parseInt(String.fromCharCode(byte), 16)

/** Undoes form-urlencoding on raw bytes ("+" is a space, "%XX" a byte), keeping other bytes. */
function unescapeBytes(bytes: Uint8Array): Uint8Array {
  const out: number[] = []
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!
    const high = hex(bytes[i + 1])
    const low = hex(bytes[i + 2])
    if (byte === PERCENT && !Number.isNaN(high) && !Number.isNaN(low)) {
      out.push(high * 16 + low)
      i += 2
    } else {
      out.push(byte === PLUS ? 0x20 : byte)
    }
  }
  return Uint8Array.from(out)
}

/** Splits `a=1&b=2` given as bytes (Node hands URLs over as latin1, i.e. byte for byte). */
function pairsOf(form: Buffer): [string, Uint8Array][] {
  const pairs: [string, Uint8Array][] = []
  let start = 0
  for (let i = 0; i <= form.length; i++) {
    if (i < form.length && form[i] !== AMPERSAND) continue
    const pair = form.subarray(start, i)
    start = i + 1
    if (pair.length === 0) continue
    const at = pair.indexOf(EQUALS)
    const key = at < 0 ? pair : pair.subarray(0, at)
    const value = at < 0 ? new Uint8Array() : pair.subarray(at + 1)
    pairs.push([new TextDecoder().decode(unescapeBytes(key)), unescapeBytes(value)])
  }
  return pairs
}

/**
 * Reads `sms.do` parameters from the query string and a form-urlencoded or JSON body (the
 * official clients send either). Form and query bytes are decoded in the request's `encoding`,
 * windows-1250 unless told otherwise, as SMSAPI does: a client that forgets `encoding=utf-8`
 * gets its Polish letters garbled, exactly as in production. Throws SyntaxError for bad JSON.
 */
export function readSmsParams(
  rawQuery: string,
  body: Buffer | undefined,
  contentType: string,
): ReadSmsParams {
  const raw = pairsOf(Buffer.from(rawQuery, 'latin1'))
  const json: SmsParams = {}
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? ''
  if (body && body.length > 0) {
    if (type === 'application/json') {
      const parsed = JSON.parse(body.toString('utf8')) as Record<string, unknown>
      for (const [key, value] of Object.entries(parsed)) {
        if (value === null || value === undefined) continue
        json[key] = typeof value === 'boolean' ? (value ? '1' : '0') : String(value)
      }
    } else {
      raw.push(...pairsOf(body))
    }
  }
  const named = raw.find(([key]) => key === 'encoding')?.[1]
  const declared = json.encoding ?? (named ? Buffer.from(named).toString('latin1') : undefined)
  const encoding = (declared ?? 'windows-1250').toLowerCase()
  const encodingKnown = ENCODINGS.has(encoding)
  const decoder = new TextDecoder(encodingKnown ? encoding : 'utf-8')
  const params: SmsParams = {}
  for (const [key, bytes] of raw) params[key] = decoder.decode(bytes)
  return { params: { ...params, ...json }, encodingKnown }
}

/** SMSAPI's flags are "1" (the clients also send "true"). */
export const flag = (params: SmsParams, key: string) =>
  params[key] === '1' || params[key] === 'true'
