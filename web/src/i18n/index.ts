import i18next from 'i18next'
import LanguageDetector from 'i18next-browser-languagedetector'
import { initReactI18next } from 'react-i18next'
import type { Locale } from '../api/types'
import { en } from './en'
import { pl } from './pl'

export const LANGUAGES: readonly Locale[] = ['pl', 'en']
export const LANGUAGE_STORAGE_KEY = 'aftersale.language'

export const resources = {
  pl: { translation: pl },
  en: { translation: en },
} as const

export const i18n = i18next.createInstance()

export function currentLocale(): Locale {
  return i18n.resolvedLanguage === 'pl' ? 'pl' : 'en'
}

function syncHtmlLang(): void {
  document.documentElement.lang = currentLocale()
}

i18n.on('languageChanged', syncHtmlLang)

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources,
    supportedLngs: LANGUAGES,
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    detection: {
      order: ['localStorage', 'navigator', 'htmlTag'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
    },
    react: { useSuspense: false },
  })
  .then(syncHtmlLang)
