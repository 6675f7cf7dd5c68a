import { AppShell, Burger, Group, ScrollArea } from '@mantine/core'
import { useDisclosure, useMediaQuery } from '@mantine/hooks'
import { Suspense, useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Outlet, useLocation } from 'react-router'
import { useCurrentMe } from '../api/hooks/use-me'
import { useLiveConnection } from '../live/use-live-connection'
import { Brand } from './brand'
import { SectionLoader } from './full-page-loader'
import { LiveIndicator } from './live-indicator'
import { MainNav } from './main-nav'
import { UserMenu } from './user-menu'
import { WorkspaceSwitcher } from './workspace-switcher'

/** Signed-in shell: header (brand, workspace, live status, user menu) + navbar + page. */
export function AppLayout() {
  const { t } = useTranslation()
  const me = useCurrentMe()
  const [opened, { toggle, close }] = useDisclosure(false)
  const isMobile = useMediaQuery('(max-width: 48em)', false)
  const liveState = useLiveConnection(me.workspace.id)
  const { pathname } = useLocation()
  // The inbox fills the whole main area and scrolls its columns itself.
  const fullBleed = pathname === '/inbox' || pathname.startsWith('/inbox/')
  // …and on wide screens the navbar shrinks to an icon rail to leave room for its columns.
  const rail = fullBleed && !isMobile

  // biome-ignore lint/correctness/useExhaustiveDependencies: close the mobile navbar on navigation or workspace switch
  useEffect(() => close(), [pathname, me.workspace.id, close])

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: rail ? 64 : 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={fullBleed ? 0 : { base: 'md', sm: 'xl' }}
    >
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.toggle')}
              data-testid="nav-burger"
            />
            <Brand />
            {!isMobile && <WorkspaceSwitcher />}
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LiveIndicator state={liveState} compact={isMobile} />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar
        p={rail ? 'xs' : 'sm'}
        // Off-screen (collapsed) on narrow screens: hide it from focus, screen readers and tests.
        style={{ visibility: isMobile && !opened ? 'hidden' : undefined }}
      >
        {isMobile && (
          <AppShell.Section
            pb="sm"
            mb="sm"
            style={{ borderBottom: '1px solid var(--app-shell-border-color)' }}
          >
            <WorkspaceSwitcher fullWidth />
          </AppShell.Section>
        )}
        <AppShell.Section grow component={ScrollArea}>
          <MainNav compact={rail} />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense fallback={<SectionLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  )
}
