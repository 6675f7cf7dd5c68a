import { SegmentedControl } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Locale } from '../api/types'
import { currentLocale } from '../i18n'
import { useChangeLanguage } from '../i18n/use-change-language'

/** Compact PL / EN switch for public pages (login, invitation). */
export function LanguageToggle() {
  const { t } = useTranslation()
  const changeLanguage = useChangeLanguage()
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('userMenu.language')}
      value={currentLocale()}
      onChange={(value) => changeLanguage(value as Locale)}
      data={[
        { value: 'pl', label: <span data-testid="language-pl">PL</span> },
        { value: 'en', label: <span data-testid="language-en">EN</span> },
      ]}
    />
  )
}
