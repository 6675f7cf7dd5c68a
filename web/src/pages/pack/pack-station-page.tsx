import { Alert, Paper, Stack } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isApiError } from '../../api/api-error'
import { lookupOrderToPack, type RecordedPackCheck } from '../../api/pack'
import { ErrorAlert } from '../../components/error-alert'
import { PageHeader } from '../../components/page-header'
import { PackScanForm } from './pack-scan-form'
import { PackSession } from './pack-session'

/** `/pack`: scan an order, tick the checklist, photograph the parcel, save, scan the next one. */
export function PackStationPage() {
  const { t } = useTranslation()
  const scanInput = useRef<HTMLInputElement>(null)
  const [saved, setSaved] = useState<{ number: string; result: RecordedPackCheck } | null>(null)
  const lookup = useMutation({ mutationFn: (code: string) => lookupOrderToPack(code) })
  const current = lookup.data

  const readyForNextScan = () => {
    lookup.reset()
    // The scan field is rendered again on the next frame; focus it so the scanner can fire.
    requestAnimationFrame(() => scanInput.current?.focus())
  }

  return (
    <Stack gap="md" maw={860} mx="auto" data-testid="pack-station">
      <PageHeader title={t('pack.title')} description={t('pack.intro')} />
      {!current && (
        <Paper p="md">
          <PackScanForm
            inputRef={scanInput}
            loading={lookup.isPending}
            onScan={(code) => {
              setSaved(null)
              lookup.mutate(code)
            }}
          />
        </Paper>
      )}
      {saved && !current && (
        <Alert
          color={saved.result.warnings.length ? 'yellow' : 'green'}
          variant="light"
          title={t('pack.savedTitle', { number: saved.number })}
          data-testid="pack-saved"
        >
          {saved.result.warnings.length
            ? t('pack.savedWithWarnings', { items: saved.result.warnings.join(', ') })
            : t('pack.savedAllChecked', { count: saved.result.photosAttached })}
        </Alert>
      )}
      {lookup.isError &&
        (isApiError(lookup.error) && lookup.error.status === 404 ? (
          <Alert color="red" variant="light" data-testid="pack-not-found">
            {t('pack.notFound', { code: lookup.variables })}
          </Alert>
        ) : (
          <ErrorAlert error={lookup.error} />
        ))}
      {current && (
        <PackSession
          key={current.order.id}
          lookup={current}
          onCancel={readyForNextScan}
          onSaved={(result) => {
            setSaved({ number: current.order.number, result })
            readyForNextScan()
          }}
        />
      )}
    </Stack>
  )
}
