import { Button, Group, Paper, Stack, TextInput, Title } from '@mantine/core'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useCreateInvitation } from '../../api/hooks/use-invitations'
import { useCurrentMe } from '../../api/hooks/use-me'
import type { CreatedInvitation, Role } from '../../api/types'
import { grantableRoles, RoleSelect } from '../../components/role-select'

export function InvitationForm({ onCreated }: { onCreated: (result: CreatedInvitation) => void }) {
  const { t } = useTranslation()
  const me = useCurrentMe()
  const create = useCreateInvitation()
  const [email, setEmail] = useState('')
  const [role, setRole] = useState<Role>('agent')

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    const trimmed = email.trim()
    if (!trimmed) return
    create.mutate(
      { email: trimmed, role },
      {
        onSuccess: (result) => {
          setEmail('')
          onCreated(result)
        },
      },
    )
  }

  return (
    <Paper p={{ base: 'md', sm: 'lg' }}>
      <form onSubmit={onSubmit}>
        <Stack gap="sm">
          <Title order={3} size="h5">
            {t('invitations.newTitle')}
          </Title>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              label={t('invitations.email')}
              placeholder={t('invitations.emailPlaceholder')}
              type="email"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              style={{ flex: '1 1 240px' }}
              data-testid="invite-email"
            />
            <div style={{ flex: '0 1 180px' }}>
              <RoleSelect
                label={t('invitations.role')}
                value={role}
                onChange={setRole}
                allowed={grantableRoles(me.workspace.role)}
                testId="invite-role"
              />
            </div>
            <Button
              type="submit"
              loading={create.isPending}
              disabled={!email.trim()}
              data-testid="invite-submit"
            >
              {t('invitations.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  )
}
