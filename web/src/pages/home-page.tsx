import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useCurrentMe } from '../api/hooks/use-me'
import { IconInbox } from '../components/inbox-icons'
import { RoleBadge } from '../components/role-badge'
import { SetupChecklist } from './home/setup-checklist'

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4}>
        {label}
      </Text>
      {children}
    </Stack>
  )
}

export function HomePage() {
  const { t } = useTranslation()
  const me = useCurrentMe()
  const name = me.user.name || me.user.email

  return (
    <Stack gap="lg" maw={960}>
      <Paper p={{ base: 'lg', sm: 'xl' }} data-testid="welcome-panel">
        <Stack gap="lg">
          <div>
            <Title order={1} size="h2" data-testid="welcome-title">
              {t('home.welcome', { name })}
            </Title>
            <Text c="dimmed" mt={6}>
              {t('home.intro')}
            </Text>
          </div>
          <Group>
            <Button
              component={Link}
              to="/inbox"
              leftSection={<IconInbox />}
              data-testid="home-open-inbox"
            >
              {t('home.openInbox')}
            </Button>
          </Group>
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="lg">
            <Fact label={t('home.workspace')}>
              <Text fw={600} data-testid="home-workspace-name">
                {me.workspace.name}
              </Text>
            </Fact>
            <Fact label={t('home.role')}>
              <Group>
                <span data-testid="home-role">
                  <RoleBadge role={me.workspace.role} />
                </span>
              </Group>
            </Fact>
            <Fact label={t('home.timezone')}>
              <Text fw={600}>{me.workspace.timezone}</Text>
            </Fact>
          </SimpleGrid>
        </Stack>
      </Paper>
      <SetupChecklist />
      <Text size="sm" c="dimmed">
        {t('home.moreSoon')}
      </Text>
    </Stack>
  )
}
