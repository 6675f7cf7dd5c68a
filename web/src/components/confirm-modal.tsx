import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'

interface ConfirmModalProps {
  opened: boolean
  title: string
  message: string
  confirmLabel: string
  loading?: boolean
  onConfirm: () => void
  onClose: () => void
}

/** Destructive-action confirmation (`confirm-modal`, `confirm-submit`, `confirm-cancel`). */
export function ConfirmModal(props: ConfirmModalProps) {
  const { t } = useTranslation()
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} centered>
      <Stack gap="lg" data-testid="confirm-modal">
        <Text size="sm">{props.message}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose} data-testid="confirm-cancel">
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            loading={props.loading}
            onClick={props.onConfirm}
            data-testid="confirm-submit"
          >
            {props.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
