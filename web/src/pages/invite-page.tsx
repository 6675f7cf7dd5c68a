import { Anchor, Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { usePublicInvitation } from '../api/hooks/use-public-invitation'
import { ErrorAlert } from '../components/error-alert'
import { SectionLoader } from '../components/full-page-loader'
import { InviteAcceptForm } from './invite/invite-accept-form'

export function InvitePage() {
  const { t } = useTranslation()
  const token = useParams().token ?? ''
  const invitation = usePublicInvitation(token)

  return (
    <Paper p={{ base: 'lg', sm: 'xl' }} shadow="sm">
      {invitation.isPending && <SectionLoader />}
      {invitation.isError && (
        <Stack gap="md" data-testid="invite-invalid">
          <ErrorAlert error={invitation.error} title={t('invite.invalidTitle')} />
          <Text size="sm" c="dimmed">
            {t('invite.invalidBody')}
          </Text>
          <Anchor component={Link} to="/login" size="sm">
            {t('invite.toLogin')}
          </Anchor>
        </Stack>
      )}
      {invitation.data && (
        <Stack gap="md">
          <div>
            <Title order={2} size="h3" data-testid="invite-workspace">
              {t('invite.title', { workspace: invitation.data.workspaceName })}
            </Title>
            <Text size="sm" c="dimmed" mt={6} data-testid="invite-summary">
              {t('invite.summary', {
                email: invitation.data.email,
                role: t(`roles.${invitation.data.role}`),
              })}
            </Text>
          </div>
          <InviteAcceptForm token={token} invitation={invitation.data} />
        </Stack>
      )}
    </Paper>
  )
}
