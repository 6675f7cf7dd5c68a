import { Checkbox, Group, Stack, Switch, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { NOTIFICATION_KINDS, type NotificationKind } from '../../../api/order-types'
import type { SettingsFieldsProps } from './field-props'

/**
 * Which order messages go out, by which channel, and the quiet hours in which they wait (SMS
 * at night is both unwelcome and, for marketing, restricted by Prawo telekomunikacyjne art. 172).
 */
export function NotificationFields({ draft, change, editable, invalid }: SettingsFieldsProps) {
  const { t } = useTranslation()
  return (
    <>
      <Group gap="xl" wrap="wrap">
        <Switch
          label={t('orderSettings.notifyEmail')}
          checked={draft.notifyEmail}
          onChange={(e) => change({ notifyEmail: e.currentTarget.checked })}
          disabled={!editable}
          data-testid="order-settings-notify-email"
        />
        <Switch
          label={t('orderSettings.notifySms')}
          checked={draft.notifySms}
          onChange={(e) => change({ notifySms: e.currentTarget.checked })}
          disabled={!editable}
          data-testid="order-settings-notify-sms"
        />
      </Group>
      <Checkbox.Group
        label={t('orderSettings.kinds')}
        value={draft.notifyKinds}
        onChange={(kinds) => change({ notifyKinds: kinds as NotificationKind[] })}
      >
        <Stack gap={6} mt={6}>
          {NOTIFICATION_KINDS.map((kind) => (
            <Checkbox
              key={kind}
              value={kind}
              label={t(`notificationKinds.${kind}`)}
              disabled={!editable}
              data-testid="order-settings-kind"
              data-kind={kind}
            />
          ))}
        </Stack>
      </Checkbox.Group>
      <Group gap="md" align="flex-start" wrap="wrap">
        <TextInput
          type="time"
          label={t('orderSettings.quietStart')}
          value={draft.quietStart}
          onChange={(e) => change({ quietStart: e.currentTarget.value })}
          disabled={!editable}
          error={invalid.has('quietStart')}
          w={160}
          data-testid="order-settings-quiet-start"
        />
        <TextInput
          type="time"
          label={t('orderSettings.quietEnd')}
          value={draft.quietEnd}
          onChange={(e) => change({ quietEnd: e.currentTarget.value })}
          disabled={!editable}
          error={invalid.has('quietEnd')}
          w={160}
          data-testid="order-settings-quiet-end"
        />
      </Group>
    </>
  )
}
