/** The languages the widget speaks. */
export const WIDGET_LOCALES = ['pl', 'en', 'de'] as const

const GERMAN_ZONES = new Set(['Europe/Berlin', 'Europe/Vienna', 'Europe/Zurich', 'Europe/Busingen'])

/** A hint of the shop's language from its workspace time zone (Europe/Warsaw → pl). */
export function shopLocale(timeZone: string): (typeof WIDGET_LOCALES)[number] {
  if (timeZone === 'Europe/Warsaw') return 'pl'
  return GERMAN_ZONES.has(timeZone) ? 'de' : 'en'
}
