import { Alert } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '../lib/error-message'
import { IconAlert } from './icons'

interface ErrorAlertProps {
  error: unknown
  title?: string
  testId?: string
}

/** Inline error box showing the API error message (or a translated one for known codes). */
export function ErrorAlert({ error, title, testId = 'error-alert' }: ErrorAlertProps) {
  const { t } = useTranslation()
  return (
    <Alert
      color="red"
      variant="light"
      title={title ?? t('errors.loadFailed')}
      icon={<IconAlert />}
      data-testid={testId}
    >
      {errorMessage(error)}
    </Alert>
  )
}
