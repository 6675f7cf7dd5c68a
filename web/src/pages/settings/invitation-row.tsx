import { Table } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Invitation } from '../../api/types'
import { DeleteIconButton } from '../../components/delete-icon-button'
import { RoleBadge } from '../../components/role-badge'
import { formatDateTime } from '../../i18n/format'

interface InvitationRowProps {
  invitation: Invitation
  onRevoke: (invitation: Invitation) => void
}

export function InvitationRow({ invitation, onRevoke }: InvitationRowProps) {
  const { t } = useTranslation()
  return (
    <Table.Tr data-testid="invitation-row" data-email={invitation.email}>
      <Table.Td fw={600}>{invitation.email}</Table.Td>
      <Table.Td>
        <RoleBadge role={invitation.role} />
      </Table.Td>
      <Table.Td>{invitation.invitedBy?.name ?? '—'}</Table.Td>
      <Table.Td>{formatDateTime(invitation.createdAt)}</Table.Td>
      <Table.Td>{formatDateTime(invitation.expiresAt)}</Table.Td>
      <Table.Td>
        <DeleteIconButton
          label={t('common.revoke')}
          onClick={() => onRevoke(invitation)}
          testId="invitation-revoke"
        />
      </Table.Td>
    </Table.Tr>
  )
}
