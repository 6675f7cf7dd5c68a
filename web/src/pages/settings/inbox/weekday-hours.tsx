import { ActionIcon, Button, Checkbox, Group, Text, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { TimeInterval } from '../../../api/inbox-types'
import { IconPlus, IconX } from '../../../components/inbox-icons'
import { invalidIntervals, nextInterval } from './interval-rules'

interface WeekdayHoursProps {
  day: string
  label: string
  intervals: TimeInterval[]
  editable: boolean
  onChange: (intervals: TimeInterval[]) => void
}

const DEFAULT_INTERVAL: TimeInterval = { start: '09:00', end: '17:00' }

/** Opening intervals of one weekday; no intervals means closed. */
export function WeekdayHours({ day, label, intervals, editable, onChange }: WeekdayHoursProps) {
  const { t } = useTranslation()
  const set = (index: number, change: Partial<TimeInterval>) =>
    onChange(intervals.map((interval, i) => (i === index ? { ...interval, ...change } : interval)))
  const open = intervals.length > 0
  const bad = invalidIntervals(intervals)
  const next = nextInterval(intervals)

  return (
    <Group align="flex-start" wrap="wrap" gap="sm" py={6} data-testid="business-day" data-day={day}>
      <Checkbox
        w={150}
        mt={6}
        label={label}
        checked={open}
        disabled={!editable}
        onChange={(e) => onChange(e.currentTarget.checked ? [DEFAULT_INTERVAL] : [])}
        data-testid="business-day-open"
      />
      {!open && (
        <Text size="sm" c="dimmed" mt={6}>
          {t('inboxSettings.closed')}
        </Text>
      )}
      <Group gap="xs" wrap="wrap">
        {intervals.map((interval, index) => {
          const invalid = bad.has(index)
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: intervals have no identity besides position
            <Group key={index} gap={4} wrap="nowrap" data-testid="business-interval">
              <TextInput
                type="time"
                size="xs"
                value={interval.start}
                onChange={(e) => set(index, { start: e.currentTarget.value })}
                disabled={!editable}
                error={invalid}
                aria-label={t('inboxSettings.from')}
                data-testid="business-interval-start"
              />
              <Text size="sm">–</Text>
              <TextInput
                type="time"
                size="xs"
                value={interval.end}
                onChange={(e) => set(index, { end: e.currentTarget.value })}
                disabled={!editable}
                error={invalid}
                aria-label={t('inboxSettings.to')}
                data-testid="business-interval-end"
              />
              {editable && (
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  onClick={() => onChange(intervals.filter((_, i) => i !== index))}
                  aria-label={t('common.remove')}
                >
                  <IconX size={14} />
                </ActionIcon>
              )}
            </Group>
          )
        })}
        {editable && open && next && (
          <Button
            size="compact-xs"
            variant="subtle"
            leftSection={<IconPlus size={12} />}
            onClick={() => onChange([...intervals, next])}
            data-testid="business-interval-add"
          >
            {t('inboxSettings.addInterval')}
          </Button>
        )}
      </Group>
    </Group>
  )
}
