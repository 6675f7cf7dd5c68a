import { COPY_CS } from './copy-cs.js'
import { COPY_DE } from './copy-de.js'
import { COPY_EN } from './copy-en.js'
import { COPY_PL } from './copy-pl.js'
import { COPY_SK } from './copy-sk.js'
import type { NotificationCopy } from './notification-copy.js'

const COPIES: Record<string, NotificationCopy> = {
  pl: COPY_PL,
  en: COPY_EN,
  de: COPY_DE,
  cs: COPY_CS,
  sk: COPY_SK,
}

/** Languages with their own notification wording; any other falls back to English. */
export const NOTIFICATION_LANGUAGES = Object.keys(COPIES)

/**
 * The wording for a buyer's locale and the tag to format numbers and dates with: `de-AT` gets
 * German words with Austrian formats, `fr` gets English words (no French copy yet) with English
 * formats, so a sentence never mixes languages. Malformed tags count as English.
 */
export function copyForLocale(locale: string): { copy: NotificationCopy; intlLocale: string } {
  let canonical: string | undefined
  try {
    canonical = Intl.getCanonicalLocales(locale)[0]
  } catch {
    canonical = undefined
  }
  const language = canonical?.split('-')[0]?.toLowerCase() ?? 'en'
  const copy = COPIES[language]
  // The English wording is British, and so are a bare "en" buyer's dates in Europe.
  if (!copy || !canonical || canonical === 'en') return { copy: COPY_EN, intlLocale: 'en-GB' }
  return { copy, intlLocale: canonical }
}
