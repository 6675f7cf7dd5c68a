import { Button, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { evidencePdfUrl } from '../../../api/pack'

/** Opens the dispute evidence PDF (in the interface language) in a new tab. */
export function EvidencePdfButton({ orderId }: { orderId: string }) {
  const { t } = useTranslation()
  return (
    <Tooltip label={t('pack.evidencePdfHint')} multiline w={280}>
      <Button
        component="a"
        href={evidencePdfUrl(orderId)}
        target="_blank"
        rel="noopener"
        variant="default"
        size="sm"
        data-testid="order-evidence-pdf"
      >
        {t('pack.evidencePdf')}
      </Button>
    </Tooltip>
  )
}
