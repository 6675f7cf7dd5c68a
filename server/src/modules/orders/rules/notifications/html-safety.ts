const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Escapes text for HTML content and double- or single-quoted attributes (HTML §13.1.2.3). */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char)
}

/** The URL itself when it is absolute http(s), else null: no `javascript:` links in mail. */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null
  } catch {
    return null
  }
}

/** The default accent: a blue with AA contrast against white text. */
export const DEFAULT_ACCENT = '#2563eb'

/** A `#rgb`/`#rrggbb` colour normalised to `#rrggbb`, else the default (no CSS injection). */
export function safeAccentColor(value: string | null | undefined): string {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value?.trim() ?? '')
  if (!match?.[1]) return DEFAULT_ACCENT
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1]
  return `#${hex.toLowerCase()}`
}

const DARK_TEXT = '#111827'

function luminance(hex: string): number {
  const channel = (offset: number) => {
    const c = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

/**
 * White or near-black, whichever contrasts more with the background (WCAG 2.1 relative
 * luminance), so a pale accent colour still gives a readable button.
 */
export function readableTextOn(background: string): string {
  const l = luminance(background)
  const withWhite = 1.05 / (l + 0.05)
  const withDark = (l + 0.05) / (luminance(DARK_TEXT) + 0.05)
  return withWhite >= withDark ? '#ffffff' : DARK_TEXT
}
