import { isApiError, numberDetail } from '../api/api-error'
import { i18n } from '../i18n'
import { validationMessage } from './validation-message'

/** Codes whose meaning is fully captured by a translated text; others show the server's message. */
const TRANSLATED_CODES = [
  'invalid_credentials',
  'unauthenticated',
  'forbidden',
  'csrf_failed',
  'network_error',
] as const

type TranslatedCode = (typeof TRANSLATED_CODES)[number]

function isTranslated(code: string): code is TranslatedCode {
  return (TRANSLATED_CODES as readonly string[]).includes(code)
}

export function errorMessage(error: unknown): string {
  if (!isApiError(error)) return i18n.t('errors.unknown')
  if (error.code === 'login_locked') {
    const seconds = numberDetail(error, 'retryAfterSeconds') ?? 60
    return i18n.t('errors.login_locked', { count: Math.max(1, Math.ceil(seconds / 60)) })
  }
  // `invalid_credentials` also names bad channel-account secrets (400); only a 401 is a failed login.
  const loginFailure = error.code !== 'invalid_credentials' || error.status === 401
  if (isTranslated(error.code) && loginFailure) return i18n.t(`errors.${error.code}`)
  if (error.code === 'validation_failed') return validationMessage(error) ?? error.message
  return error.message || i18n.t('errors.unknown')
}
