import { Alert, Paper, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useInboxSettings } from '../../../api/hooks/use-inbox-settings'
import { useCurrentMe } from '../../../api/hooks/use-me'
import { ErrorAlert } from '../../../components/error-alert'
import { SectionLoader } from '../../../components/full-page-loader'
import { PageHeader } from '../../../components/page-header'
import { AgentsTable } from './agents-table'
import { BusinessHoursForm } from './business-hours-form'
import { TeamsSection } from './teams-section'

/** Settings → Inbox: business hours and at-risk ratio, agents' capacity/availability, teams. */
export function InboxSettingsPage() {
  const { t } = useTranslation()
  const { abilities } = useCurrentMe()
  const canManage = abilities.manageWorkspace
  const settings = useInboxSettings()

  return (
    <Stack gap="xl">
      <Stack gap="md">
        <PageHeader
          title={t('inboxSettings.hoursTitle')}
          description={t('inboxSettings.hoursDescription')}
        />
        {!canManage && (
          <Alert variant="light" color="gray" data-testid="inbox-settings-read-only">
            {t('inboxSettings.readOnly')}
          </Alert>
        )}
        <Paper p="md">
          {settings.isPending && <SectionLoader />}
          {settings.isError && <ErrorAlert error={settings.error} />}
          {settings.data && <BusinessHoursForm settings={settings.data} editable={canManage} />}
        </Paper>
      </Stack>
      <Stack gap="md">
        <PageHeader title={t('agents.title')} description={t('agents.description')} />
        <AgentsTable canManage={canManage} />
      </Stack>
      <Stack gap="md">
        <PageHeader title={t('teams.title')} description={t('teams.description')} />
        <TeamsSection canManage={canManage} />
      </Stack>
    </Stack>
  )
}
