import { Button, FileButton, Group, SegmentedControl, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportKind } from '../../api/import-types'
import { useStartImport } from '../../api/imports'
import { formatFileSize } from '../../lib/file-size'
import { IconUpload } from '../orders/common/order-icons'
import { SectionCard } from '../orders/common/section-card'

interface ImportUploadFormProps {
  kind: ImportKind
  onKindChange: (kind: ImportKind) => void
  onStarted: (runId: string) => void
}

/** Pick orders or products, choose a CSV file, send it; the run's id comes back at once. */
export function ImportUploadForm({ kind, onKindChange, onStarted }: ImportUploadFormProps) {
  const { t } = useTranslation()
  const start = useStartImport()
  const [file, setFile] = useState<File | null>(null)

  const send = () => {
    if (!file) return
    start.mutate(
      { kind, file },
      {
        onSuccess: ({ runId }) => {
          setFile(null)
          onStarted(runId)
        },
      },
    )
  }

  return (
    <SectionCard title={t('imports.uploadTitle')} testId="import-upload">
      <SegmentedControl
        value={kind}
        onChange={(value) => onKindChange(value as ImportKind)}
        data={[
          {
            value: 'orders',
            label: <span data-testid="import-kind-orders">{t('imports.kinds.orders')}</span>,
          },
          {
            value: 'products',
            label: <span data-testid="import-kind-products">{t('imports.kinds.products')}</span>,
          },
        ]}
        aria-label={t('imports.kind')}
      />
      <Stack gap={6}>
        <Group gap="sm" wrap="wrap">
          <FileButton onChange={setFile} accept=".csv,text/csv,text/plain">
            {(props) => (
              <Button {...props} variant="default" data-testid="import-file-pick">
                {t('imports.pickFile')}
              </Button>
            )}
          </FileButton>
          <Text
            size="sm"
            c={file ? undefined : 'dimmed'}
            data-testid="import-file-name"
            style={{ overflowWrap: 'anywhere' }}
          >
            {file ? `${file.name} · ${formatFileSize(file.size)}` : t('imports.noFile')}
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          {t('imports.fileHint')}
        </Text>
      </Stack>
      <Group justify="flex-end">
        <Button
          leftSection={<IconUpload size={16} />}
          disabled={!file}
          loading={start.isPending}
          onClick={send}
          data-testid="import-start"
        >
          {t('imports.start')}
        </Button>
      </Group>
    </SectionCard>
  )
}
