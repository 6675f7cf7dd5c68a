import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ImportStatus } from '../../api/import-types'

const COLORS: Record<ImportStatus, string> = { running: 'blue', finished: 'green', failed: 'red' }

/** A run's state (`import-status`, `data-status`); "finished with errors" is orange. */
export function ImportStatusBadge({
  status,
  rowsFailed,
}: {
  status: ImportStatus
  rowsFailed: number
}) {
  const { t } = useTranslation()
  const withErrors = status === 'finished' && rowsFailed > 0
  return (
    <Badge
      variant="light"
      color={withErrors ? 'orange' : COLORS[status]}
      data-testid="import-status"
      data-status={status}
      style={{ flexShrink: 0 }}
    >
      {withErrors ? t('imports.status.finishedWithErrors') : t(`imports.status.${status}`)}
    </Badge>
  )
}
