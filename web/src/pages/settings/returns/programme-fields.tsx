import { Checkbox, Group, NumberInput, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { PROGRAMME_CHANNELS, type ProgrammeChannel } from '../../../api/return-settings'
import type { ReturnFieldsProps } from './field-props'
import { LIMITS } from './return-settings-draft'

/** Return windows promised per marketplace (e.g. Amazon's 30 days), optionally for businesses too. */
export function ProgrammeFields({ draft, change, editable, invalid }: ReturnFieldsProps) {
  const { t } = useTranslation()
  const update = (
    channel: ProgrammeChannel,
    patch: Partial<ReturnFieldsProps['draft']['programmes'][ProgrammeChannel]>,
  ) =>
    change({
      programmes: { ...draft.programmes, [channel]: { ...draft.programmes[channel], ...patch } },
    })
  return (
    <Stack gap="xs">
      {PROGRAMME_CHANNELS.map((channel) => {
        const programme = draft.programmes[channel]
        return (
          <Group
            key={channel}
            gap="md"
            wrap="wrap"
            align="center"
            data-testid="return-settings-programme"
            data-channel={channel}
          >
            <Text size="sm" fw={600} w={140}>
              {t(`returnClocks.settings.channel.${channel}`)}
            </Text>
            <NumberInput
              aria-label={`${t(`returnClocks.settings.channel.${channel}`)}: ${t('returnClocks.settings.programmeDays')}`}
              placeholder={t('returnClocks.settings.programmeDays')}
              value={programme.returnDays}
              onChange={(v) => update(channel, { returnDays: typeof v === 'number' ? v : '' })}
              min={LIMITS.minDays}
              max={LIMITS.maxDays}
              allowDecimal={false}
              allowNegative={false}
              disabled={!editable}
              error={invalid.has(`programme.${channel}`)}
              w={150}
              data-testid="return-settings-programme-days"
            />
            <Checkbox
              label={t('returnClocks.settings.includesBusiness')}
              title={t('returnClocks.settings.includesBusinessHint')}
              checked={programme.includesBusiness}
              onChange={(e) => update(channel, { includesBusiness: e.currentTarget.checked })}
              disabled={!editable || programme.returnDays === ''}
              data-testid="return-settings-programme-business"
            />
          </Group>
        )
      })}
    </Stack>
  )
}
