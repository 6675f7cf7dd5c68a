import { Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useAcceptInvitation } from '../../api/hooks/use-public-invitation'
import type { PublicInvitation } from '../../api/types'
import { ErrorAlert } from '../../components/error-alert'

interface InviteAcceptFormProps {
  token: string
  invitation: PublicInvitation
}

export function InviteAcceptForm({ token, invitation }: InviteAcceptFormProps) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const accept = useAcceptInvitation(token)
  const [name, setName] = useState('')
  const [password, setPassword] = useState('')
  const needsName = !invitation.userExists
  const canSubmit = password.length > 0 && (!needsName || name.trim().length > 0)

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (!canSubmit) return
    const body = needsName ? { name: name.trim(), password } : { password }
    accept.mutate(body, { onSuccess: () => navigate('/', { replace: true }) })
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Text size="sm">{needsName ? t('invite.newUser') : t('invite.existingUser')}</Text>
        {accept.isError && (
          <ErrorAlert error={accept.error} title={t('errors.title')} testId="invite-accept-error" />
        )}
        <TextInput label={t('login.email')} value={invitation.email} readOnly disabled />
        {needsName && (
          <TextInput
            label={t('invite.name')}
            autoComplete="name"
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            data-testid="invite-accept-name"
          />
        )}
        <PasswordInput
          label={t('invite.password')}
          description={needsName ? t('invite.passwordHint') : undefined}
          autoComplete={needsName ? 'new-password' : 'current-password'}
          required
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          data-testid="invite-accept-password"
        />
        <Button
          type="submit"
          fullWidth
          loading={accept.isPending}
          disabled={!canSubmit}
          data-testid="invite-accept-submit"
        >
          {t('invite.submit')}
        </Button>
      </Stack>
    </form>
  )
}
