import { ActionIcon, Badge, Indicator, NavLink, Stack, Tooltip } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { useConversationCounts } from '../api/hooks/use-conversations'
import { useOrderAlerts } from '../api/orders'
import { useReturnsSummary } from '../api/return-clocks'
import { IconPackage, IconUpload, IconUsers } from '../pages/orders/common/order-icons'
import { IconPackCheck, IconReturn } from '../pages/returns/returns-icons'
import { IconHome, IconSettings } from './icons'
import { IconInbox } from './inbox-icons'

interface NavItemProps {
  to: string
  label: string
  icon: ReactNode
  active: boolean
  testId: string
  count?: number
  /** Badge colour: indigo for work waiting, orange for alerts. */
  countColor?: string
  compact: boolean
}

/** A navbar link: full (icon, label, count) or, in the inbox's slim rail, an icon with a tooltip. */
function NavItem({
  to,
  label,
  icon,
  active,
  testId,
  count,
  countColor = 'indigo',
  compact,
}: NavItemProps) {
  if (compact)
    return (
      <Tooltip label={label} position="right" withArrow>
        <Indicator label={count} size={16} disabled={!count} offset={4} color={countColor}>
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
          <Badge size="sm" variant="light" color={countColor} data-testid={`${testId}-count`}>
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

/** Only sections that actually work are listed here; the inbox comes first, then orders and customers. */
export function MainNav({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  const mine = useConversationCounts().data?.views.mine
  const alerts = useOrderAlerts().data?.length
  const returns = useReturnsSummary().data
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
        to="/orders"
        label={t('nav.orders')}
        icon={<IconPackage />}
        active={pathname.startsWith('/orders')}
        testId="nav-orders"
        count={alerts}
        countColor="orange"
        compact={compact}
      />
      <NavItem
        to="/returns"
        label={t('nav.returns')}
        icon={<IconReturn />}
        active={pathname.startsWith('/returns')}
        testId="nav-returns"
        count={returns?.due}
        countColor={returns?.overdue ? 'red' : 'orange'}
        compact={compact}
      />
      <NavItem
        to="/pack"
        label={t('nav.pack')}
        icon={<IconPackCheck />}
        active={pathname.startsWith('/pack')}
        testId="nav-pack"
        compact={compact}
      />
      <NavItem
        to="/customers"
        label={t('nav.customers')}
        icon={<IconUsers />}
        active={pathname.startsWith('/customers')}
        testId="nav-customers"
        compact={compact}
      />
      <NavItem
        to="/imports"
        label={t('nav.imports')}
        icon={<IconUpload />}
        active={pathname.startsWith('/imports')}
        testId="nav-imports"
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
