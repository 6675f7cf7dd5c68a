import { NativeSelect } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useAgents } from '../../../api/hooks/use-agents'
import {
  type ConversationPatch,
  useUpdateConversation,
} from '../../../api/hooks/use-conversation-actions'
import { useTeams } from '../../../api/hooks/use-teams'
import { type ConversationDetail, PRIORITIES, type Priority } from '../../../api/inbox-types'

const NONE = ''

/** Priority, assignee (from `GET /agents`) and team as native selects. */
export function ConversationFields({ conversation: c }: { conversation: ConversationDetail }) {
  const { t } = useTranslation()
  const update = useUpdateConversation(c.id)
  const agents = useAgents().data ?? []
  const teams = useTeams().data ?? []
  const pending = update.isPending ? update.variables : undefined
  const change = (patch: ConversationPatch) => update.mutate(patch)

  const assigneeId = pending && 'assigneeId' in pending ? pending.assigneeId : c.assignee?.id
  const teamId = pending && 'teamId' in pending ? pending.teamId : c.team?.id
  const priority = pending?.priority ?? c.priority

  // The current assignee/team stays selectable even if the list does not (yet) contain them.
  const agentOptions = agents.map((a) => ({
    value: a.userId,
    label: a.available ? a.name || a.email : `${a.name || a.email} (${t('agents.away')})`,
  }))
  if (c.assignee && !agents.some((a) => a.userId === c.assignee?.id))
    agentOptions.push({ value: c.assignee.id, label: c.assignee.name })
  const teamOptions = teams.map((team) => ({ value: team.id, label: team.name }))
  if (c.team && !teams.some((team) => team.id === c.team?.id))
    teamOptions.push({ value: c.team.id, label: c.team.name })

  return (
    <>
      <NativeSelect
        size="xs"
        aria-label={t('priority.title')}
        title={t('priority.title')}
        value={priority}
        onChange={(e) => change({ priority: e.currentTarget.value as Priority })}
        data={PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
        disabled={!(c.abilities.assign || c.abilities.reply)}
        data-testid="conversation-priority"
        w={110}
      />
      <NativeSelect
        size="xs"
        aria-label={t('inbox.assignee')}
        title={t('inbox.assignee')}
        value={assigneeId ?? NONE}
        onChange={(e) => change({ assigneeId: e.currentTarget.value || null })}
        data={[{ value: NONE, label: t('inbox.unassigned') }, ...agentOptions]}
        disabled={!c.abilities.assign}
        data-testid="conversation-assignee"
        w={170}
      />
      <NativeSelect
        size="xs"
        aria-label={t('inbox.team')}
        title={t('inbox.team')}
        value={teamId ?? NONE}
        onChange={(e) => change({ teamId: e.currentTarget.value || null })}
        data={[{ value: NONE, label: t('inbox.noTeam') }, ...teamOptions]}
        disabled={!c.abilities.assign}
        data-testid="conversation-team"
        w={140}
      />
    </>
  )
}
