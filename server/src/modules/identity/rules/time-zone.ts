/** True when `zone` is an IANA time zone name (e.g. "Europe/Warsaw") that this runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}
