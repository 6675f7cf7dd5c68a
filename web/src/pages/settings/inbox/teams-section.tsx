import { Button, Group, MultiSelect, Paper, Stack, Text, TextInput } from '@mantine/core'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAgents } from '../../../api/hooks/use-agents'
import {
  useCreateTeam,
  useDeleteTeam,
  useSetTeamMembers,
  useTeams,
} from '../../../api/hooks/use-teams'
import type { Team } from '../../../api/inbox-types'
import { ConfirmModal } from '../../../components/confirm-modal'
import { DeleteIconButton } from '../../../components/delete-icon-button'
import { ErrorAlert } from '../../../components/error-alert'
import { SectionLoader } from '../../../components/full-page-loader'
import { showSuccess } from '../../../lib/notify'

/** Teams: create, change members, delete (admins); a read-only list for everyone else. */
export function TeamsSection({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation()
  const teams = useTeams()
  const agents = useAgents().data ?? []
  const create = useCreateTeam()
  const setMembers = useSetTeamMembers()
  const remove = useDeleteTeam()
  const [name, setName] = useState('')
  const [toDelete, setToDelete] = useState<Team | null>(null)
  const options = agents.map((a) => ({ value: a.userId, label: a.name || a.email }))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!name.trim()) return
    create.mutate({ name: name.trim(), memberIds: [] }, { onSuccess: () => setName('') })
  }

  return (
    <Stack gap="sm">
      {teams.isPending && <SectionLoader />}
      {teams.isError && <ErrorAlert error={teams.error} />}
      {teams.data?.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="teams-empty">
          {t('teams.empty')}
        </Text>
      )}
      {teams.data?.map((team) => (
        <Paper
          key={team.id}
          p="sm"
          data-testid="team-row"
          data-team-id={team.id}
          data-name={team.name}
        >
          <Group justify="space-between" align="flex-end" wrap="nowrap" gap="sm">
            <MultiSelect
              label={team.name}
              data={options}
              value={team.memberIds}
              onChange={(memberIds) => setMembers.mutate({ id: team.id, memberIds })}
              disabled={!canManage}
              placeholder={team.memberIds.length === 0 ? t('teams.noMembers') : undefined}
              searchable
              style={{ flex: 1 }}
              comboboxProps={{ withinPortal: true }}
              data-testid="team-members"
            />
            {canManage && (
              <DeleteIconButton
                label={t('teams.delete')}
                onClick={() => setToDelete(team)}
                testId="team-delete"
              />
            )}
          </Group>
        </Paper>
      ))}
      {canManage && (
        <form onSubmit={submit}>
          <Group align="flex-end" gap="sm">
            <TextInput
              label={t('teams.newName')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              maxLength={80}
              style={{ flex: 1 }}
              data-testid="team-name"
            />
            <Button
              type="submit"
              loading={create.isPending}
              disabled={!name.trim()}
              data-testid="team-create"
            >
              {t('teams.create')}
            </Button>
          </Group>
        </form>
      )}
      <ConfirmModal
        opened={toDelete !== null}
        title={t('teams.deleteTitle')}
        message={t('teams.deleteBody', { name: toDelete?.name })}
        confirmLabel={t('teams.delete')}
        loading={remove.isPending}
        onConfirm={() =>
          toDelete &&
          remove.mutate(toDelete.id, {
            onSuccess: () => {
              showSuccess(t('teams.deleted', { name: toDelete.name }))
              setToDelete(null)
            },
          })
        }
        onClose={() => setToDelete(null)}
      />
    </Stack>
  )
}
