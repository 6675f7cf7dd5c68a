import { Alert, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useCurrentMe } from '../../../api/hooks/use-me'
import { useReturnSettings } from '../../../api/return-settings'
import { ErrorAlert } from '../../../components/error-alert'
import { SectionLoader } from '../../../components/full-page-loader'
import { PageHeader } from '../../../components/page-header'
import { PackChecklistCard } from './pack-checklist-card'
import { ReturnSettingsForm } from './return-settings-form'

/** Settings → Returns: return window, programmes, reminders, return address, instructions, portal. */
export function ReturnSettingsPage() {
  const { t } = useTranslation()
  const { abilities } = useCurrentMe()
  const settings = useReturnSettings()
  return (
    <Stack gap="md">
      <PageHeader
        title={t('returnClocks.settings.title')}
        description={t('returnClocks.settings.description')}
      />
      {!abilities.manageWorkspace && (
        <Alert variant="light" color="gray" data-testid="return-settings-read-only">
          {t('returnClocks.settings.readOnly')}
        </Alert>
      )}
      {settings.isPending && <SectionLoader />}
      {settings.isError && <ErrorAlert error={settings.error} />}
      {settings.data && (
        <ReturnSettingsForm settings={settings.data} editable={abilities.manageWorkspace} />
      )}
      <PackChecklistCard editable={abilities.manageWorkspace} />
    </Stack>
  )
}
