import { Button, Divider, Group, Paper, Stack, Text } from '@mantine/core'
import { type FormEvent, type ReactNode, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type ReturnSettings, useSaveReturnSettings } from '../../../api/return-settings'
import { showSuccess } from '../../../lib/notify'
import { AddressFields } from './address-fields'
import { ClockFields } from './clock-fields'
import { InstructionFields } from './instruction-fields'
import { PortalFields } from './portal-fields'
import { ProgrammeFields } from './programme-fields'
import {
  draftFrom,
  invalidFields,
  type ReturnSettingsDraft,
  settingsInput,
} from './return-settings-draft'
import { WindowFields } from './window-fields'

function SettingsGroup({
  title,
  hint,
  children,
  testId,
}: {
  title: string
  hint: string
  children: ReactNode
  testId: string
}) {
  return (
    <Paper p="md" data-testid={testId}>
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

/** All return settings in one form, saved with one `PUT /settings/returns`. */
export function ReturnSettingsForm({
  settings,
  editable,
}: {
  settings: ReturnSettings
  editable: boolean
}) {
  const { t } = useTranslation()
  const save = useSaveReturnSettings()
  const [draft, setDraft] = useState<ReturnSettingsDraft>(() => draftFrom(settings))
  const invalid = invalidFields(draft)
  const change = (patch: Partial<ReturnSettingsDraft>) => setDraft((d) => ({ ...d, ...patch }))
  const fields = { draft, change, editable, invalid }
  const group = (
    key: 'window' | 'programmes' | 'address' | 'instructions' | 'clocks' | 'portal',
  ) => ({
    title: t(`returnClocks.settings.${key}Title`),
    hint: t(`returnClocks.settings.${key}Hint`),
    testId: `return-settings-group-${key}`,
  })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (invalid.size > 0) return
    save.mutate(settingsInput(draft), {
      onSuccess: (saved) => {
        showSuccess(t('returnClocks.settings.saved'))
        setDraft(draftFrom(saved))
      },
    })
  }

  return (
    <form onSubmit={submit} data-testid="return-settings-form">
      <Stack gap="md">
        <SettingsGroup {...group('window')}>
          <WindowFields {...fields} />
        </SettingsGroup>
        <SettingsGroup {...group('programmes')}>
          <ProgrammeFields {...fields} />
        </SettingsGroup>
        <SettingsGroup {...group('clocks')}>
          <ClockFields {...fields} />
        </SettingsGroup>
        <SettingsGroup {...group('address')}>
          <AddressFields {...fields} />
        </SettingsGroup>
        <SettingsGroup {...group('instructions')}>
          <InstructionFields {...fields} />
        </SettingsGroup>
        <SettingsGroup {...group('portal')}>
          <PortalFields {...fields} />
        </SettingsGroup>
        {editable && (
          <>
            <Divider />
            <Group justify="flex-end">
              <Button
                type="submit"
                loading={save.isPending}
                disabled={invalid.size > 0}
                data-testid="return-settings-save"
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
