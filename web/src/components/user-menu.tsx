import { Avatar, Menu, Text, UnstyledButton } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useLogout } from '../api/hooks/use-auth'
import { useCurrentMe } from '../api/hooks/use-me'
import { currentLocale, LANGUAGES } from '../i18n'
import { useChangeLanguage } from '../i18n/use-change-language'
import { IconCheck, IconLanguage, IconLogout } from './icons'

function initials(name: string, email: string): string {
  const parts = (name || email).trim().split(/\s+/)
  return parts
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('')
}

export function UserMenu() {
  const { t } = useTranslation()
  const { user } = useCurrentMe()
  const logout = useLogout()
  const navigate = useNavigate()
  const changeLanguage = useChangeLanguage()
  const locale = currentLocale()

  const onLogout = () =>
    logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) })

  return (
    <Menu position="bottom-end" width={240} shadow="md">
      <Menu.Target>
        <UnstyledButton data-testid="user-menu" aria-label={t('userMenu.open')}>
          <Avatar color="indigo" radius="xl" size={34}>
            {initials(user.name, user.email)}
          </Avatar>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <div style={{ padding: '8px 12px' }}>
          <Text size="sm" fw={600} truncate="end" data-testid="user-menu-name">
            {user.name}
          </Text>
          <Text size="xs" c="dimmed" truncate="end" data-testid="user-menu-email">
            {user.email}
          </Text>
        </div>
        <Menu.Divider />
        <Menu.Label>{t('userMenu.language')}</Menu.Label>
        {LANGUAGES.map((lng) => (
          <Menu.Item
            key={lng}
            leftSection={<IconLanguage size={16} />}
            rightSection={lng === locale ? <IconCheck size={16} /> : null}
            onClick={() => changeLanguage(lng)}
            data-testid={`language-${lng}`}
            lang={lng}
          >
            {t(`languages.${lng}`)}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item
          color="red"
          leftSection={<IconLogout size={16} />}
          onClick={onLogout}
          data-testid="logout"
        >
          {t('userMenu.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}
