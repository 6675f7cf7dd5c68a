import { Group, NumberInput, Switch } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SettingsFieldsProps } from './field-props'

/** When alerts fire: hours before the ship-by time, days without a carrier scan, delay notices. */
export function AlertFields({ draft, change, editable, invalid }: SettingsFieldsProps) {
  const { t } = useTranslation()
  return (
    <>
      <Group gap="md" align="flex-start" wrap="wrap">
        <NumberInput
          label={t('orderSettings.shipByWarningHours')}
          description={t('orderSettings.shipByWarningHoursHint')}
          value={draft.shipByWarningHours}
          onChange={(v) => change({ shipByWarningHours: typeof v === 'number' ? v : '' })}
          min={1}
          max={168}
          allowDecimal={false}
          suffix=" h"
          disabled={!editable}
          error={invalid.has('shipByWarningHours')}
          w={{ base: '100%', sm: 300 }}
          data-testid="order-settings-ship-by-hours"
        />
        <NumberInput
          label={t('orderSettings.noScanDays')}
          description={t('orderSettings.noScanDaysHint')}
          value={draft.noScanDays}
          onChange={(v) => change({ noScanDays: typeof v === 'number' ? v : '' })}
          min={1}
          max={30}
          allowDecimal={false}
          disabled={!editable}
          error={invalid.has('noScanDays')}
          w={{ base: '100%', sm: 300 }}
          data-testid="order-settings-no-scan-days"
        />
      </Group>
      <Switch
        label={t('orderSettings.proactive')}
        description={t('orderSettings.proactiveHint')}
        checked={draft.proactiveMessages}
        onChange={(e) => change({ proactiveMessages: e.currentTarget.checked })}
        disabled={!editable}
        data-testid="order-settings-proactive"
      />
    </>
  )
}
