import { Avatar, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { PersonRef } from '../../../api/types'

/** Initials of the assigned agent (a grey placeholder when nobody is). */
export function AssigneeAvatar({
  assignee,
  size = 24,
}: {
  assignee: PersonRef | null
  size?: number
}) {
  const { t } = useTranslation()
  const label = assignee ? t('inbox.assignedTo', { name: assignee.name }) : t('inbox.unassigned')
  return (
    <Tooltip label={label} withArrow openDelay={300}>
      <Avatar
        size={size}
        radius="xl"
        name={assignee?.name}
        color={assignee ? 'initials' : 'gray'}
        variant="light"
        aria-label={label}
        data-testid="assignee-avatar"
        data-assignee-id={assignee?.id ?? ''}
      />
    </Tooltip>
  )
}
