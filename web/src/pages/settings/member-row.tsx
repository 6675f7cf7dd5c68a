import { Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useChangeMemberRole } from '../../api/hooks/use-members'
import type { Member, Role } from '../../api/types'
import { DeleteIconButton } from '../../components/delete-icon-button'
import { grantableRoles, RoleSelect } from '../../components/role-select'
import { formatDate } from '../../i18n/format'
import { showSuccess } from '../../lib/notify'

interface MemberRowProps {
  member: Member
  isMe: boolean
  myRole: Role
  onRemove: (member: Member) => void
}

export function MemberRow({ member, isMe, myRole, onRemove }: MemberRowProps) {
  const { t } = useTranslation()
  const changeRole = useChangeMemberRole()
  const displayName = member.name || member.email

  const onRoleChange = (role: Role) => {
    if (role === member.role) return
    changeRole.mutate(
      { userId: member.userId, role },
      {
        onSuccess: () =>
          showSuccess(t('members.roleChanged', { name: displayName, role: t(`roles.${role}`) })),
      },
    )
  }

  return (
    <Table.Tr data-testid="member-row" data-user-id={member.userId} data-email={member.email}>
      <Table.Td>
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text size="sm" fw={600}>
            {displayName}{' '}
            {isMe && (
              <Text span c="dimmed" size="sm" fw={400}>
                {t('common.you')}
              </Text>
            )}
          </Text>
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {member.email}
          </Text>
        </Stack>
      </Table.Td>
      <Table.Td>
        <RoleSelect
          size="xs"
          value={changeRole.isPending ? changeRole.variables.role : member.role}
          onChange={onRoleChange}
          allowed={grantableRoles(myRole)}
          disabled={!member.abilities.changeRole || changeRole.isPending}
          ariaLabel={t('members.roleLabel', { name: displayName })}
          testId="member-role"
        />
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <Text size="sm">{formatDate(member.joinedAt)}</Text>
      </Table.Td>
      <Table.Td>
        {member.abilities.remove && (
          <DeleteIconButton
            label={t('common.remove')}
            onClick={() => onRemove(member)}
            testId="member-remove"
          />
        )}
      </Table.Td>
    </Table.Tr>
  )
}
