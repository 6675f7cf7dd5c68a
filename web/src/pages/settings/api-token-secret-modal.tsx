import { Alert, Button, Group, Modal, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CreatedApiToken } from '../../api/types'
import { CopyField } from '../../components/copy-field'
import { IconAlert } from '../../components/icons'

interface ApiTokenSecretModalProps {
  created: CreatedApiToken | null
  onClose: () => void
}

/** Shows a new token's secret exactly once; closing the modal forgets it. */
export function ApiTokenSecretModal({ created, onClose }: ApiTokenSecretModalProps) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={created !== null}
      onClose={onClose}
      title={created ? t('apiTokens.secretTitle', { name: created.token.name }) : ''}
      centered
      size="lg"
      closeOnClickOutside={false}
    >
      {created && (
        <Stack gap="md" data-testid="api-token-secret-modal">
          <Alert color="orange" variant="light" icon={<IconAlert />}>
            {t('apiTokens.secretWarning')}
          </Alert>
          <CopyField
            value={created.secret}
            testId="api-token-secret"
            copyTestId="api-token-secret-copy"
          />
          <Group justify="flex-end">
            <Button onClick={onClose} data-testid="api-token-secret-close">
              {t('apiTokens.secretDone')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  )
}
