/** Languages the public tracking page speaks; Polish first, as the sellers' home market. */
export const TRACKING_LANGUAGES = ['pl', 'en', 'de'] as const
/** One of the tracking page's languages. */
export type TrackingLanguage = (typeof TRACKING_LANGUAGES)[number]

const isTrackingLanguage = (value: string): value is TrackingLanguage =>
  (TRACKING_LANGUAGES as readonly string[]).includes(value)

/** The primary subtag of a language tag ("de-AT", "pl_PL", "EN") in lower case. */
const primarySubtag = (tag: string) => tag.trim().split(/[-_]/)[0]?.toLowerCase() ?? ''

/**
 * The supported language an Accept-Language header prefers, or null. Weights follow RFC 9110
 * §12.5.4: `q` from 0 to 1 (default 1), q=0 means "not acceptable", ties keep header order;
 * a range matches by its primary subtag ("de-CH" → de), and "*" adds nothing of its own.
 */
export function preferredLanguage(header: string | undefined): TrackingLanguage | null {
  if (!header) return null
  let best: { language: TrackingLanguage; q: number } | null = null
  for (const part of header.split(',').slice(0, 32)) {
    const [range = '', ...params] = part.split(';')
    const qParam = params.map((p) => p.trim()).find((p) => p.toLowerCase().startsWith('q='))
    const q = qParam ? Number(qParam.slice(2)) : 1
    if (!Number.isFinite(q) || q <= 0 || q > 1) continue
    const language = primarySubtag(range)
    if (!isTrackingLanguage(language)) continue
    if (!best || q > best.q) best = { language, q }
  }
  return best?.language ?? null
}

/**
 * The page's language: an explicit `?lang=` wins, then the browser's Accept-Language, then
 * the language the buyer ordered in, then Polish.
 */
export function pickTrackingLanguage(choice: {
  query?: string | null
  acceptLanguage?: string
  orderLocale?: string | null
}): TrackingLanguage {
  const asked = primarySubtag(choice.query ?? '')
  if (isTrackingLanguage(asked)) return asked
  const browser = preferredLanguage(choice.acceptLanguage)
  if (browser) return browser
  const ordered = primarySubtag(choice.orderLocale ?? '')
  return isTrackingLanguage(ordered) ? ordered : 'pl'
}

/** The explicitly chosen language of a `?lang=` value, or null when none (or an unknown one). */
export function explicitLanguage(query: string | null | undefined): TrackingLanguage | null {
  const asked = primarySubtag(query ?? '')
  return isTrackingLanguage(asked) ? asked : null
}
