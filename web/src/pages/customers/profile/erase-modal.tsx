import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useEraseCustomer } from '../../../api/customer-actions'
import { showSuccess } from '../../../lib/notify'

interface EraseModalProps {
  customerId: string
  /** What the admin must type to confirm: the customer's name (or e-mail when nameless). */
  confirmText: string
  opened: boolean
  onClose: () => void
}

/**
 * Erasure of a customer's personal data (GDPR art. 17). The admin types the customer's name,
 * which the server checks too, so a slip of the mouse cannot erase the wrong person.
 */
export function EraseModal({ customerId, confirmText, opened, onClose }: EraseModalProps) {
  const { t } = useTranslation()
  const erase = useEraseCustomer(customerId)
  const [typed, setTyped] = useState('')
  const matches = typed.trim() === confirmText.trim()
  const close = () => {
    setTyped('')
    onClose()
  }

  return (
    <Modal opened={opened} onClose={close} title={t('erase.title')} centered>
      <Stack gap="md" data-testid="erase-modal">
        <Text size="sm">{t('erase.body')}</Text>
        <TextInput
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          label={t('erase.typeName', { name: confirmText })}
          autoComplete="off"
          data-autofocus
          data-testid="erase-confirm-input"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            disabled={!matches}
            loading={erase.isPending}
            onClick={() =>
              erase.mutate(typed.trim(), {
                onSuccess: () => {
                  showSuccess(t('erase.done'))
                  close()
                },
              })
            }
            data-testid="erase-submit"
          >
            {t('erase.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
