import { Button, Group, NumberInput, Paper, Stack, TextInput, Title } from '@mantine/core'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type NewApiToken, useCreateApiToken } from '../../api/hooks/use-api-tokens'
import { useCurrentMe } from '../../api/hooks/use-me'
import type { CreatedApiToken, Role } from '../../api/types'
import { grantableRoles, RoleSelect } from '../../components/role-select'

export function ApiTokenForm({ onCreated }: { onCreated: (result: CreatedApiToken) => void }) {
  const { t } = useTranslation()
  const me = useCurrentMe()
  const create = useCreateApiToken()
  const [name, setName] = useState('')
  const [role, setRole] = useState<Role>('agent')
  const [days, setDays] = useState<string | number>('')

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    const trimmed = name.trim()
    if (!trimmed) return
    const body: NewApiToken = { name: trimmed, role }
    if (typeof days === 'number' && days > 0) body.expiresInDays = days
    create.mutate(body, {
      onSuccess: (result) => {
        setName('')
        setDays('')
        onCreated(result)
      },
    })
  }

  return (
    <Paper p={{ base: 'md', sm: 'lg' }}>
      <form onSubmit={onSubmit}>
        <Stack gap="sm">
          <Title order={3} size="h5">
            {t('apiTokens.newTitle')}
          </Title>
          <Group align="flex-start" gap="sm" wrap="wrap">
            <TextInput
              label={t('apiTokens.name')}
              placeholder={t('apiTokens.namePlaceholder')}
              required
              maxLength={80}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              style={{ flex: '1 1 220px' }}
              data-testid="api-token-name"
            />
            <div style={{ flex: '0 1 170px' }}>
              <RoleSelect
                label={t('apiTokens.role')}
                value={role}
                onChange={setRole}
                allowed={grantableRoles(me.workspace.role).filter((r) => r !== 'owner')}
                testId="api-token-role"
              />
            </div>
            <NumberInput
              label={t('apiTokens.expiry')}
              description={t('apiTokens.expiryHint')}
              min={1}
              max={3650}
              allowDecimal={false}
              allowNegative={false}
              value={days}
              onChange={setDays}
              style={{ flex: '0 1 200px' }}
              data-testid="api-token-expiry"
            />
          </Group>
          <Group justify="flex-end">
            <Button
              type="submit"
              loading={create.isPending}
              disabled={!name.trim()}
              data-testid="api-token-create"
            >
              {t('apiTokens.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  )
}
