const FALLBACK = [
  'Europe/Warsaw',
  'Europe/Berlin',
  'Europe/London',
  'Europe/Prague',
  'Europe/Vilnius',
  'Europe/Kyiv',
  'UTC',
]

export const DEFAULT_TIMEZONE = 'Europe/Warsaw'

/** All IANA zones the browser knows, plus the current value so it is always selectable. */
export function timezoneOptions(current?: string): string[] {
  let zones: string[] = FALLBACK
  try {
    zones = Intl.supportedValuesOf('timeZone')
  } catch {
    // older browsers: keep the short fallback list
  }
  const all = new Set([DEFAULT_TIMEZONE, 'UTC', ...zones])
  if (current) all.add(current)
  return [...all].sort((a, b) => a.localeCompare(b))
}
