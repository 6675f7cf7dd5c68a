import { localeTag } from '../i18n/format'

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const

/** "12 kB", "3.4 MB" in the user's language. */
export function formatFileSize(bytes: number): string {
  let value = Math.max(0, bytes)
  let unit = 0
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024
    unit += 1
  }
  return new Intl.NumberFormat(localeTag(), {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 || value >= 10 ? 0 : 1,
  }).format(value)
}
