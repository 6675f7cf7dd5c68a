import { Badge, Code, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ApiToken } from '../../api/types'
import { DeleteIconButton } from '../../components/delete-icon-button'
import { RoleBadge } from '../../components/role-badge'
import { formatDateTime } from '../../i18n/format'

interface ApiTokenRowProps {
  token: ApiToken
  onRevoke: (token: ApiToken) => void
}

function isExpired(expiresAt: string | null): boolean {
  return expiresAt !== null && new Date(expiresAt).getTime() < Date.now()
}

export function ApiTokenRow({ token, onRevoke }: ApiTokenRowProps) {
  const { t } = useTranslation()
  const expired = isExpired(token.expiresAt)
  return (
    <Table.Tr data-testid="api-token-row" data-token-id={token.id} data-name={token.name}>
      <Table.Td>
        <Stack gap={0}>
          <Text size="sm" fw={600}>
            {token.name}
          </Text>
          {token.createdBy && (
            <Text size="xs" c="dimmed">
              {token.createdBy.name}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        <Code>{token.prefix}…</Code>
      </Table.Td>
      <Table.Td>
        <RoleBadge role={token.role} />
      </Table.Td>
      <Table.Td>{formatDateTime(token.createdAt)}</Table.Td>
      <Table.Td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t('common.never')}</Table.Td>
      <Table.Td>
        {expired ? (
          <Badge color="red" variant="light">
            {t('apiTokens.expired')}
          </Badge>
        ) : token.expiresAt ? (
          formatDateTime(token.expiresAt)
        ) : (
          t('apiTokens.noExpiry')
        )}
      </Table.Td>
      <Table.Td>
        <DeleteIconButton
          label={t('common.revoke')}
          onClick={() => onRevoke(token)}
          testId="api-token-revoke"
        />
      </Table.Td>
    </Table.Tr>
  )
}
