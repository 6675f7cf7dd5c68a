import { Button, Divider, Group, Paper, Stack, Text } from '@mantine/core'
import { type FormEvent, type ReactNode, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSaveOrderSettings } from '../../../api/order-settings'
import type { OrderSettings } from '../../../api/order-types'
import { showSuccess } from '../../../lib/notify'
import { AlertFields } from './alert-fields'
import { BrandingFields } from './branding-fields'
import { NotificationFields } from './notification-fields'
import {
  draftFrom,
  invalidFields,
  type OrderSettingsDraft,
  settingsInput,
} from './order-settings-draft'
import { SendingFields } from './sending-fields'

function SettingsGroup({
  title,
  hint,
  children,
}: {
  title: string
  hint: string
  children: ReactNode
}) {
  return (
    <Paper p="md">
      <Stack gap="md">
        <div>
          <Text fw={650}>{title}</Text>
          <Text size="sm" c="dimmed">
            {hint}
          </Text>
        </div>
        {children}
      </Stack>
    </Paper>
  )
}

/** All order settings in one form, saved with one `PUT /order-settings`. */
export function OrderSettingsForm({
  settings,
  editable,
}: {
  settings: OrderSettings
  editable: boolean
}) {
  const { t } = useTranslation()
  const save = useSaveOrderSettings()
  const [draft, setDraft] = useState<OrderSettingsDraft>(() => draftFrom(settings))
  const invalid = invalidFields(draft)
  const change = (patch: Partial<OrderSettingsDraft>) => setDraft((d) => ({ ...d, ...patch }))
  const fields = { draft, change, editable, invalid }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (invalid.size > 0) return
    save.mutate(settingsInput(draft), {
      onSuccess: () => {
        showSuccess(t('orderSettings.saved'))
        change({ smsToken: '' })
      },
    })
  }

  return (
    <form onSubmit={submit} data-testid="order-settings-form">
      <Stack gap="md">
        <SettingsGroup title={t('orderSettings.alertsTitle')} hint={t('orderSettings.alertsHint')}>
          <AlertFields {...fields} />
        </SettingsGroup>
        <SettingsGroup
          title={t('orderSettings.notificationsTitle')}
          hint={t('orderSettings.notificationsHint')}
        >
          <NotificationFields {...fields} />
        </SettingsGroup>
        <SettingsGroup
          title={t('orderSettings.brandingTitle')}
          hint={t('orderSettings.brandingHint')}
        >
          <BrandingFields {...fields} />
        </SettingsGroup>
        <SettingsGroup
          title={t('orderSettings.sendingTitle')}
          hint={t('orderSettings.sendingHint')}
        >
          <SendingFields {...fields} smsTokenSet={settings.smsTokenSet} />
        </SettingsGroup>
        {editable && (
          <>
            <Divider />
            <Group justify="flex-end">
              <Button
                type="submit"
                loading={save.isPending}
                disabled={invalid.size > 0}
                data-testid="order-settings-save"
              >
                {t('common.save')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </form>
  )
}
