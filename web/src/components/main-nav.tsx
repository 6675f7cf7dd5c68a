import { NavLink, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { IconHome, IconSettings } from './icons'

/** Only sections that actually work are listed here. */
export function MainNav() {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  return (
    <Stack gap={4}>
      <NavLink
        component={Link}
        to="/"
        label={t('nav.home')}
        leftSection={<IconHome />}
        active={pathname === '/'}
        data-testid="nav-home"
        style={{ borderRadius: 'var(--mantine-radius-md)' }}
      />
      <NavLink
        component={Link}
        to="/settings/workspace"
        label={t('nav.settings')}
        leftSection={<IconSettings />}
        active={pathname.startsWith('/settings')}
        data-testid="nav-settings"
        style={{ borderRadius: 'var(--mantine-radius-md)' }}
      />
    </Stack>
  )
}
