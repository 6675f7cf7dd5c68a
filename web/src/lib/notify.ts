import { notifications } from '@mantine/notifications'
import { i18n } from '../i18n'
import { errorMessage } from './error-message'

export function showApiError(error: unknown): void {
  notifications.show({
    color: 'red',
    title: i18n.t('errors.title'),
    message: errorMessage(error),
    autoClose: 7000,
  })
}

export function showSuccess(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 3500 })
}
