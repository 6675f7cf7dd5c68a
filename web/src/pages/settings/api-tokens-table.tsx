import { Paper, Table, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApiTokens, useRevokeApiToken } from '../../api/hooks/use-api-tokens'
import type { ApiToken } from '../../api/types'
import { ConfirmModal } from '../../components/confirm-modal'
import { ErrorAlert } from '../../components/error-alert'
import { SectionLoader } from '../../components/full-page-loader'
import { showSuccess } from '../../lib/notify'
import { ApiTokenRow } from './api-token-row'

export function ApiTokensTable() {
  const { t } = useTranslation()
  const tokens = useApiTokens()
  const revoke = useRevokeApiToken()
  const [toRevoke, setToRevoke] = useState<ApiToken | null>(null)

  const confirmRevoke = () => {
    if (!toRevoke) return
    const { name } = toRevoke
    revoke.mutate(toRevoke.id, {
      onSuccess: () => {
        showSuccess(t('apiTokens.revoked', { name }))
        setToRevoke(null)
      },
    })
  }

  return (
    <Paper p={0} style={{ overflow: 'hidden' }}>
      {tokens.isPending && <SectionLoader />}
      {tokens.isError && <ErrorAlert error={tokens.error} />}
      {tokens.data && tokens.data.length === 0 && (
        <Text c="dimmed" size="sm" ta="center" p="lg" data-testid="api-tokens-empty">
          {t('apiTokens.empty')}
        </Text>
      )}
      {tokens.data && tokens.data.length > 0 && (
        <Table.ScrollContainer minWidth={820} type="native">
          <Table data-testid="api-tokens-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('apiTokens.name')}</Table.Th>
                <Table.Th>{t('apiTokens.prefix')}</Table.Th>
                <Table.Th>{t('apiTokens.role')}</Table.Th>
                <Table.Th>{t('apiTokens.created')}</Table.Th>
                <Table.Th>{t('apiTokens.lastUsed')}</Table.Th>
                <Table.Th>{t('apiTokens.expires')}</Table.Th>
                <Table.Th w={60} aria-label={t('common.actions')} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tokens.data.map((token) => (
                <ApiTokenRow key={token.id} token={token} onRevoke={setToRevoke} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ConfirmModal
        opened={toRevoke !== null}
        title={t('apiTokens.revokeTitle')}
        message={t('apiTokens.revokeBody', { name: toRevoke?.name })}
        confirmLabel={t('common.revoke')}
        loading={revoke.isPending}
        onConfirm={confirmRevoke}
        onClose={() => setToRevoke(null)}
      />
    </Paper>
  )
}
