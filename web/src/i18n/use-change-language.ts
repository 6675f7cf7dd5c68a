import { useQueryClient } from '@tanstack/react-query'
import { useUpdateMe } from '../api/hooks/use-auth'
import { queryKeys } from '../api/query-keys'
import type { Locale, Me } from '../api/types'
import { i18n } from '.'

/** Switches the UI language (persisted in localStorage) and saves it on the user when signed in. */
export function useChangeLanguage() {
  const client = useQueryClient()
  const updateMe = useUpdateMe()
  return (locale: Locale) => {
    void i18n.changeLanguage(locale)
    const me = client.getQueryData<Me | null>(queryKeys.me)
    if (me && me.user.locale !== locale) updateMe.mutate({ locale })
  }
}
