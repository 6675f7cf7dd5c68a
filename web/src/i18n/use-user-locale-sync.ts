import { useEffect, useRef } from 'react'
import type { Me } from '../api/types'
import { i18n, LANGUAGES } from '.'

/** When a user is loaded and has a saved locale, use it (once per user). */
export function useUserLocaleSync(me: Me | null): void {
  const appliedFor = useRef<string | null>(null)
  const userId = me?.user.id ?? null
  const locale = me?.user.locale ?? null

  useEffect(() => {
    if (!userId || appliedFor.current === userId) return
    appliedFor.current = userId
    if (locale && LANGUAGES.includes(locale) && locale !== i18n.resolvedLanguage) {
      void i18n.changeLanguage(locale)
    }
  }, [userId, locale])
}
