import { ScrollArea, Stack, Tabs, Title } from '@mantine/core'
import { Suspense, useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Outlet, useLocation, useNavigate } from 'react-router'
import { useCurrentMe } from '../../api/hooks/use-me'
import { SectionLoader } from '../../components/full-page-loader'
import { visibleSections } from './settings-sections'

export function SettingsLayout() {
  const { t } = useTranslation()
  const { abilities } = useCurrentMe()
  const navigate = useNavigate()
  const { pathname } = useLocation()
  const sections = visibleSections(abilities)
  const active = pathname.split('/')[2] ?? 'workspace'
  const tabsRef = useRef<HTMLDivElement>(null)

  // On narrow screens the tab strip scrolls: keep the current tab in view.
  useEffect(() => {
    const tab = tabsRef.current?.querySelector(`[data-testid="settings-tab-${active}"]`)
    tab?.scrollIntoView({ block: 'nearest', inline: 'nearest' })
  }, [active])

  return (
    <Stack gap="lg" maw={1100}>
      <Title order={1} size="h2">
        {t('settings.title')}
      </Title>
      <Tabs value={active} onChange={(value) => value && navigate(`/settings/${value}`)}>
        <ScrollArea type="never" offsetScrollbars={false} viewportRef={tabsRef}>
          <Tabs.List style={{ flexWrap: 'nowrap' }}>
            {sections.map((section) => (
              <Tabs.Tab
                key={section.path}
                value={section.path}
                data-testid={`settings-tab-${section.path}`}
                style={{ whiteSpace: 'nowrap' }}
              >
                {t(section.labelKey)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </ScrollArea>
      </Tabs>
      <Suspense fallback={<SectionLoader />}>
        <Outlet />
      </Suspense>
    </Stack>
  )
}
