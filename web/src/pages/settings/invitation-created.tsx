import { Alert, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CreatedInvitation } from '../../api/types'
import { CopyField } from '../../components/copy-field'
import { IconCheck } from '../../components/icons'
import { absoluteUrl } from '../../lib/absolute-url'

interface InvitationCreatedProps {
  result: CreatedInvitation
  onClose: () => void
}

/** The accept link is only returned once, right after creation. */
export function InvitationCreated({ result, onClose }: InvitationCreatedProps) {
  const { t } = useTranslation()
  return (
    <Alert
      color="teal"
      variant="light"
      icon={<IconCheck />}
      title={t('invitations.createdTitle')}
      withCloseButton
      closeButtonLabel={t('common.close')}
      onClose={onClose}
      data-testid="invite-created"
    >
      <Stack gap="xs">
        <Text size="sm">{t('invitations.createdBody', { email: result.invitation.email })}</Text>
        <CopyField
          value={absoluteUrl(result.acceptUrl)}
          testId="invite-accept-url"
          copyTestId="invite-accept-url-copy"
        />
      </Stack>
    </Alert>
  )
}
