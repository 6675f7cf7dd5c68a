import { Paper, Table, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useInvitations, useRevokeInvitation } from '../../api/hooks/use-invitations'
import type { Invitation } from '../../api/types'
import { ConfirmModal } from '../../components/confirm-modal'
import { ErrorAlert } from '../../components/error-alert'
import { SectionLoader } from '../../components/full-page-loader'
import { showSuccess } from '../../lib/notify'
import { InvitationRow } from './invitation-row'

export function InvitationsTable() {
  const { t } = useTranslation()
  const invitations = useInvitations()
  const revoke = useRevokeInvitation()
  const [toRevoke, setToRevoke] = useState<Invitation | null>(null)

  const confirmRevoke = () => {
    if (!toRevoke) return
    const { email } = toRevoke
    revoke.mutate(toRevoke.id, {
      onSuccess: () => {
        showSuccess(t('invitations.revoked', { email }))
        setToRevoke(null)
      },
    })
  }

  return (
    <Paper p={0} style={{ overflow: 'hidden' }}>
      <Title order={3} size="h5" px={{ base: 'md', sm: 'lg' }} pt="md" pb="xs">
        {t('invitations.pendingTitle')}
      </Title>
      {invitations.isPending && <SectionLoader />}
      {invitations.isError && <ErrorAlert error={invitations.error} />}
      {invitations.data && invitations.data.length === 0 && (
        <Text
          c="dimmed"
          size="sm"
          px={{ base: 'md', sm: 'lg' }}
          pb="lg"
          data-testid="invitations-empty"
        >
          {t('invitations.empty')}
        </Text>
      )}
      {invitations.data && invitations.data.length > 0 && (
        <Table.ScrollContainer minWidth={720} type="native">
          <Table data-testid="invitations-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('invitations.email')}</Table.Th>
                <Table.Th>{t('invitations.role')}</Table.Th>
                <Table.Th>{t('invitations.invitedBy')}</Table.Th>
                <Table.Th>{t('invitations.created')}</Table.Th>
                <Table.Th>{t('invitations.expires')}</Table.Th>
                <Table.Th w={60} aria-label={t('common.actions')} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invitations.data.map((inv) => (
                <InvitationRow key={inv.id} invitation={inv} onRevoke={setToRevoke} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ConfirmModal
        opened={toRevoke !== null}
        title={t('invitations.revokeTitle')}
        message={t('invitations.revokeBody', { email: toRevoke?.email })}
        confirmLabel={t('common.revoke')}
        loading={revoke.isPending}
        onConfirm={confirmRevoke}
        onClose={() => setToRevoke(null)}
      />
    </Paper>
  )
}
