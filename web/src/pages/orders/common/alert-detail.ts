import { currentLocale } from '../../../i18n'

/**
 * The server's sentence about an alert ("No carrier scan for 5 days") is English only, so it is
 * shown in the English interface; in Polish the translated alert kind stands alone.
 */
export function alertDetail(detail: string): string | null {
  return currentLocale() === 'en' && detail ? detail : null
}
