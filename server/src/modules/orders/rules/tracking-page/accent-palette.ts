/** The seller's accent colour and the colours that stay readable with it. */
export interface AccentPalette {
  /** Backgrounds: header, buttons. */
  accent: string
  /** Text on the accent background. */
  onAccent: string
  /** The accent darkened until it reads as text on white (links, the current timeline dot). */
  ink: string
}

const HEX = /^#[0-9a-f]{6}$/i
/** Aftersale's default accent (order_settings.accent_color's default). */
export const DEFAULT_ACCENT = '#0f766e'
const DARK_TEXT = '#111827'

const channels = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16))

/** Relative luminance of an sRGB colour, as WCAG 2.1 defines it (§ "relative luminance"). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG 2.1 contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ]
  return (hi + 0.05) / (lo + 0.05)
}

const toHex = (rgb: number[]) =>
  `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`

/**
 * Colours derived from the seller's accent: white or near-black text on it, whichever
 * contrasts more, and a text shade meeting WCAG 2.1 SC 1.4.3 (4.5:1 on white). Anything that
 * is not `#rrggbb` falls back to the default accent.
 */
export function accentPalette(color: string | null | undefined): AccentPalette {
  const accent = color && HEX.test(color) ? color.toLowerCase() : DEFAULT_ACCENT
  const onAccent =
    contrastRatio(accent, '#ffffff') >= contrastRatio(accent, DARK_TEXT) ? '#ffffff' : DARK_TEXT
  const rgb = channels(accent)
  let ink = accent
  for (let step = 1; step <= 10 && contrastRatio(ink, '#ffffff') < 4.5; step++)
    ink = toHex(rgb.map((c) => c * (1 - step / 10)))
  return { accent, onAccent, ink }
}
