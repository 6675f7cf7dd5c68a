import { Button, Group, Modal, Stack, TextInput } from '@mantine/core'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { snoozeUntil, toLocalInput } from '../../../lib/snooze-presets'

interface CustomSnoozeModalProps {
  opened: boolean
  loading: boolean
  onClose: () => void
  onSubmit: (until: Date) => void
}

/** Asks for a snooze date and time (native `datetime-local`, the browser's time zone). */
export function CustomSnoozeModal({ opened, loading, onClose, onSubmit }: CustomSnoozeModalProps) {
  const { t } = useTranslation()
  const [value, setValue] = useState(() => toLocalInput(snoozeUntil('tomorrow')))
  const date = value ? new Date(value) : null
  const valid = date !== null && !Number.isNaN(date.getTime()) && date.getTime() > Date.now()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (valid && date) onSubmit(date)
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('snooze.customTitle')} centered size="sm">
      <form onSubmit={submit}>
        <Stack>
          <TextInput
            type="datetime-local"
            label={t('snooze.dateLabel')}
            value={value}
            min={toLocalInput(new Date())}
            onChange={(e) => setValue(e.currentTarget.value)}
            error={value && !valid ? t('snooze.inPast') : undefined}
            data-testid="snooze-custom-input"
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              disabled={!valid}
              loading={loading}
              data-testid="snooze-custom-submit"
            >
              {t('snooze.action')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
