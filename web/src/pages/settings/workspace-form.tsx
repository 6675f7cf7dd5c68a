import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core'
import { type FormEvent, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useUpdateWorkspace } from '../../api/hooks/use-workspace'
import type { Workspace } from '../../api/types'
import { formatDateTime } from '../../i18n/format'
import { showSuccess } from '../../lib/notify'
import { DEFAULT_TIMEZONE, timezoneOptions } from '../../lib/timezones'

interface WorkspaceFormProps {
  workspace: Workspace
  editable: boolean
}

export function WorkspaceForm({ workspace, editable }: WorkspaceFormProps) {
  const { t } = useTranslation()
  const update = useUpdateWorkspace()
  const [name, setName] = useState(workspace.name)
  const [timezone, setTimezone] = useState(workspace.timezone || DEFAULT_TIMEZONE)
  const zones = useMemo(() => timezoneOptions(workspace.timezone), [workspace.timezone])
  const trimmed = name.trim()
  const dirty = trimmed !== workspace.name || timezone !== workspace.timezone

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (!editable || !trimmed || !dirty) return
    update.mutate(
      { name: trimmed, timezone },
      { onSuccess: () => showSuccess(t('workspaceSettings.saved')) },
    )
  }

  return (
    <form onSubmit={onSubmit}>
      <Stack gap="md">
        <TextInput
          label={t('workspaceSettings.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          readOnly={!editable}
          disabled={!editable}
          required={editable}
          error={editable && !trimmed ? t('workspaceSettings.nameRequired') : undefined}
          data-testid="workspace-name-input"
        />
        <Select
          label={t('workspaceSettings.timezone')}
          data={zones}
          value={timezone}
          onChange={(value) => value && setTimezone(value)}
          searchable
          allowDeselect={false}
          nothingFoundMessage="—"
          disabled={!editable}
          comboboxProps={{ withinPortal: true }}
          data-testid="workspace-timezone"
        />
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            {t('workspaceSettings.slug')}:{' '}
            <code data-testid="workspace-slug">{workspace.slug}</code>
          </Text>
          <Text size="sm" c="dimmed">
            {t('workspaceSettings.created')}: {formatDateTime(workspace.createdAt)}
          </Text>
        </Stack>
        {editable && (
          <Group justify="flex-end">
            <Button
              type="submit"
              loading={update.isPending}
              disabled={!dirty || !trimmed}
              data-testid="workspace-save"
            >
              {t('common.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  )
}
