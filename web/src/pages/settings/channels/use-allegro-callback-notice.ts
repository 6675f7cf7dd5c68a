import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { ApiError } from '../../../api/api-error'
import { showApiError, showSuccess } from '../../../lib/notify'

/** After Allegro's authorization-code redirect (`?allegro=connected|denied`): notify, then clean the URL. */
export function useAllegroCallbackNotice(): void {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const outcome = params.get('allegro')

  useEffect(() => {
    if (!outcome) return
    if (outcome === 'connected') showSuccess(t('allegro.approved'))
    else showApiError(new ApiError(400, 'allegro_denied', t('allegro.denied')))
    setParams({}, { replace: true })
  }, [outcome, setParams, t])
}
