import { Paper, Stack, Table, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useCurrentMe } from '../../api/hooks/use-me'
import { useMembers, useRemoveMember } from '../../api/hooks/use-members'
import type { Member } from '../../api/types'
import { ConfirmModal } from '../../components/confirm-modal'
import { ErrorAlert } from '../../components/error-alert'
import { SectionLoader } from '../../components/full-page-loader'
import { PageHeader } from '../../components/page-header'
import { showSuccess } from '../../lib/notify'
import { MemberRow } from './member-row'

export function MembersPage() {
  const { t } = useTranslation()
  const me = useCurrentMe()
  const members = useMembers()
  const remove = useRemoveMember()
  const [toRemove, setToRemove] = useState<Member | null>(null)

  const confirmRemove = () => {
    if (!toRemove) return
    const { name, email } = toRemove
    remove.mutate(toRemove.userId, {
      onSuccess: () => {
        showSuccess(t('members.removed', { name: name || email }))
        setToRemove(null)
      },
    })
  }

  return (
    <Stack gap="md">
      <PageHeader title={t('members.title')} description={t('members.description')} />
      <Paper p={0} style={{ overflow: 'hidden' }}>
        {members.isPending && <SectionLoader />}
        {members.isError && <ErrorAlert error={members.error} />}
        {members.data && (
          <Table.ScrollContainer minWidth={340} type="native">
            <Table data-testid="members-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('members.person')}</Table.Th>
                  <Table.Th w={{ base: 130, sm: 200 }}>{t('members.role')}</Table.Th>
                  <Table.Th visibleFrom="sm">{t('members.joined')}</Table.Th>
                  <Table.Th w={48} aria-label={t('common.actions')} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {members.data.map((member) => (
                  <MemberRow
                    key={member.userId}
                    member={member}
                    isMe={member.userId === me.user.id}
                    myRole={me.workspace.role}
                    onRemove={setToRemove}
                  />
                ))}
              </Table.Tbody>
            </Table>
            {members.data.length === 0 && (
              <Text c="dimmed" ta="center" p="lg">
                {t('members.empty')}
              </Text>
            )}
          </Table.ScrollContainer>
        )}
      </Paper>
      <ConfirmModal
        opened={toRemove !== null}
        title={t('members.removeTitle')}
        message={t('members.removeBody', {
          name: toRemove?.name || toRemove?.email,
          email: toRemove?.email,
          workspace: me.workspace.name,
        })}
        confirmLabel={t('common.remove')}
        loading={remove.isPending}
        onConfirm={confirmRemove}
        onClose={() => setToRemove(null)}
      />
    </Stack>
  )
}
