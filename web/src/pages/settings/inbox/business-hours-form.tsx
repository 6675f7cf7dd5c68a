import { Button, Divider, Group, NumberInput, Stack } from '@mantine/core'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSaveInboxSettings } from '../../../api/hooks/use-inbox-settings'
import type { BusinessHours, InboxSettings } from '../../../api/inbox-types'
import { showSuccess } from '../../../lib/notify'
import { invalidIntervals } from './interval-rules'
import { WeekdayHours } from './weekday-hours'

const DAYS = ['1', '2', '3', '4', '5', '6', '7'] as const

/** Weekday names in the UI language, Monday first (ISO numbering as the API uses). */
function weekdayName(day: string, locale: string): string {
  const monday = new Date(Date.UTC(2024, 0, 1))
  monday.setUTCDate(monday.getUTCDate() + Number(day) - 1)
  const name = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(monday)
  return name.charAt(0).toUpperCase() + name.slice(1)
}

interface BusinessHoursFormProps {
  settings: InboxSettings
  editable: boolean
}

/** Business hours per weekday and the SLA at-risk ratio (`PUT /inbox-settings`). */
export function BusinessHoursForm({ settings, editable }: BusinessHoursFormProps) {
  const { t, i18n } = useTranslation()
  const save = useSaveInboxSettings()
  const [hours, setHours] = useState<BusinessHours>(() =>
    Object.fromEntries(DAYS.map((d) => [d, settings.businessHours[d] ?? []])),
  )
  const [percent, setPercent] = useState<number | ''>(Math.round(settings.slaAtRiskRatio * 100))
  const invalid =
    percent === '' ||
    percent < 1 ||
    percent > 99 ||
    DAYS.some((d) => invalidIntervals(hours[d] ?? []).size > 0)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (invalid || typeof percent !== 'number') return
    save.mutate(
      { businessHours: hours, slaAtRiskRatio: percent / 100 },
      { onSuccess: () => showSuccess(t('inboxSettings.saved')) },
    )
  }

  return (
    <form onSubmit={submit} data-testid="business-hours-form">
      <Stack gap={0}>
        {DAYS.map((day) => (
          <WeekdayHours
            key={day}
            day={day}
            label={weekdayName(day, i18n.resolvedLanguage ?? 'en')}
            intervals={hours[day] ?? []}
            editable={editable}
            onChange={(intervals) => setHours((h) => ({ ...h, [day]: intervals }))}
          />
        ))}
        <Divider my="sm" />
        <Group align="flex-end" justify="space-between" wrap="wrap">
          <NumberInput
            label={t('inboxSettings.atRisk')}
            description={t('inboxSettings.atRiskHint')}
            value={percent}
            onChange={(v) => setPercent(typeof v === 'number' ? v : '')}
            min={1}
            max={99}
            suffix=" %"
            allowDecimal={false}
            disabled={!editable}
            w={{ base: '100%', sm: 360 }}
            data-testid="sla-at-risk-ratio"
          />
          {editable && (
            <Button
              type="submit"
              loading={save.isPending}
              disabled={invalid}
              data-testid="inbox-settings-save"
            >
              {t('common.save')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  )
}
