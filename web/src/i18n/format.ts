import { currentLocale } from '.'

const LOCALE_TAGS = { pl: 'pl-PL', en: 'en-GB' } as const

export function localeTag(): string {
  return LOCALE_TAGS[currentLocale()]
}

/** Date + time in the user's language (browser time zone). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(localeTag(), { dateStyle: 'medium', timeStyle: 'short' }).format(
    date,
  )
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(localeTag(), { dateStyle: 'medium' }).format(date)
}
