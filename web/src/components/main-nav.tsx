import { ActionIcon, Badge, Indicator, NavLink, Stack, Tooltip } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { useConversationCounts } from '../api/hooks/use-conversations'
import { IconHome, IconSettings } from './icons'
import { IconInbox } from './inbox-icons'

interface NavItemProps {
  to: string
  label: string
  icon: ReactNode
  active: boolean
  testId: string
  count?: number
  compact: boolean
}

/** A navbar link: full (icon, label, count) or, in the inbox's slim rail, an icon with a tooltip. */
function NavItem({ to, label, icon, active, testId, count, compact }: NavItemProps) {
  if (compact)
    return (
      <Tooltip label={label} position="right" withArrow>
        <Indicator label={count} size={16} disabled={!count} offset={4} color="indigo">
          <ActionIcon
            component={Link}
            to={to}
            size={40}
            radius="md"
            variant={active ? 'light' : 'subtle'}
            color={active ? 'indigo' : 'gray'}
            aria-label={label}
            aria-current={active ? 'page' : undefined}
            data-testid={testId}
          >
            {icon}
          </ActionIcon>
        </Indicator>
      </Tooltip>
    )
  return (
    <NavLink
      component={Link}
      to={to}
      label={label}
      leftSection={icon}
      rightSection={
        count ? (
          <Badge size="sm" variant="light" data-testid={`${testId}-count`}>
            {count}
          </Badge>
        ) : null
      }
      active={active}
      data-testid={testId}
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
    />
  )
}

/** Only sections that actually work are listed here; the inbox comes first. */
export function MainNav({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  const mine = useConversationCounts().data?.views.mine
  return (
    <Stack gap={4} align={compact ? 'center' : 'stretch'}>
      <NavItem
        to="/inbox"
        label={t('nav.inbox')}
        icon={<IconInbox />}
        active={pathname.startsWith('/inbox')}
        testId="nav-inbox"
        count={mine}
        compact={compact}
      />
      <NavItem
        to="/"
        label={t('nav.home')}
        icon={<IconHome />}
        active={pathname === '/'}
        testId="nav-home"
        compact={compact}
      />
      <NavItem
        to="/settings/workspace"
        label={t('nav.settings')}
        icon={<IconSettings />}
        active={pathname.startsWith('/settings')}
        testId="nav-settings"
        compact={compact}
      />
    </Stack>
  )
}
