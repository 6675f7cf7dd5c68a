import { Group, NumberInput, TagsInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ReturnFieldsProps } from './field-props'
import { LIMITS } from './return-settings-draft'

/** Typical lead times offered in the reminder picker: a week, 3 days, 2 days, a day, half a day. */
const SUGGESTED_HOURS = ['168', '72', '48', '24', '12']

/** Reminder thresholds before a case deadline and when the owner is told (the deadline watcher's job). */
export function ClockFields({ draft, change, editable, invalid }: ReturnFieldsProps) {
  const { t } = useTranslation()
  return (
    <Group gap="md" align="flex-start" wrap="wrap">
      <TagsInput
        label={t('returnClocks.settings.reminderHours')}
        description={t('returnClocks.settings.reminderHoursHint')}
        data={SUGGESTED_HOURS}
        value={draft.reminderHours}
        onChange={(values) => change({ reminderHours: values.map((v) => v.trim()) })}
        maxTags={LIMITS.maxReminders}
        splitChars={[',', ' ']}
        clearable
        disabled={!editable}
        error={invalid.has('reminderHours') && t('returnClocks.settings.reminderHoursInvalid')}
        w={{ base: '100%', sm: 360 }}
        data-testid="return-settings-reminders"
      />
      <NumberInput
        label={t('returnClocks.settings.escalateHours')}
        description={t('returnClocks.settings.escalateHoursHint')}
        value={draft.escalateHours}
        onChange={(v) => change({ escalateHours: typeof v === 'number' ? v : '' })}
        min={LIMITS.minHours}
        max={LIMITS.maxHours}
        allowDecimal={false}
        allowNegative={false}
        suffix=" h"
        disabled={!editable}
        error={invalid.has('escalateHours')}
        w={{ base: '100%', sm: 300 }}
        data-testid="return-settings-escalate"
      />
    </Group>
  )
}
