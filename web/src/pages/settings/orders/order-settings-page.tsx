import { Alert, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useCurrentMe } from '../../../api/hooks/use-me'
import { useOrderSettings } from '../../../api/order-settings'
import { ErrorAlert } from '../../../components/error-alert'
import { SectionLoader } from '../../../components/full-page-loader'
import { PageHeader } from '../../../components/page-header'
import { OrderSettingsForm } from './order-settings-form'

/** Settings → Orders: alerts, customer notifications, quiet hours, branding and SMS provider. */
export function OrderSettingsPage() {
  const { t } = useTranslation()
  const { abilities } = useCurrentMe()
  const settings = useOrderSettings()
  return (
    <Stack gap="md">
      <PageHeader title={t('orderSettings.title')} description={t('orderSettings.description')} />
      {!abilities.manageWorkspace && (
        <Alert variant="light" color="gray" data-testid="order-settings-read-only">
          {t('orderSettings.readOnly')}
        </Alert>
      )}
      {settings.isPending && <SectionLoader />}
      {settings.isError && <ErrorAlert error={settings.error} />}
      {settings.data && (
        <OrderSettingsForm settings={settings.data} editable={abilities.manageWorkspace} />
      )}
    </Stack>
  )
}
