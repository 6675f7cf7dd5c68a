import { Anchor, Button, FileButton, Image, SimpleGrid, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CaseDetail, CaseFile } from '../../../api/return-types'
import { caseFileUrl, useUploadCaseFile } from '../../../api/returns'
import { IconPaperclip } from '../../../components/inbox-icons'
import { formatDateTime } from '../../../i18n/format'
import { formatFileSize } from '../../../lib/file-size'
import { showApiError, showSuccess } from '../../../lib/notify'
import { SectionCard } from '../../orders/common/section-card'
import { IconFile } from '../returns-icons'

const ACCEPT = 'image/jpeg,image/png,image/webp,application/pdf'

function FileTile({ file }: { file: CaseFile }) {
  const { t } = useTranslation()
  const image = file.contentType.startsWith('image/')
  return (
    <Anchor
      href={caseFileUrl(file.id)}
      target="_blank"
      rel="noreferrer"
      underline="never"
      data-testid="case-file"
      data-file-id={file.id}
      data-purpose={file.purpose}
    >
      <Stack gap={4}>
        {image ? (
          <Image src={caseFileUrl(file.id)} alt={file.fileName} h={96} radius="sm" fit="cover" />
        ) : (
          <Stack h={96} align="center" justify="center" bg="gray.1" style={{ borderRadius: 4 }}>
            <IconFile size={32} />
          </Stack>
        )}
        <Text size="xs" truncate c="dark">
          {file.fileName}
        </Text>
        <Text size="xs" c="dimmed" truncate>
          {t(`returns.files.purposes.${file.purpose}`)} {t(`returns.files.by.${file.uploadedBy}`)}
          {' · '}
          {formatFileSize(file.size)}
        </Text>
        <Text size="xs" c="dimmed">
          {formatDateTime(file.createdAt)}
        </Text>
      </Stack>
    </Anchor>
  )
}

/** Photos and documents of the case (thumbnails for images) and an evidence upload. */
export function CaseFilesCard({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation()
  const upload = useUploadCaseFile(detail.id)
  const attach = (file: File | null) => {
    if (!file) return
    upload.mutate(
      { file, purpose: 'evidence' },
      {
        onSuccess: () => showSuccess(t('returns.forms.uploaded', { name: file.name })),
        onError: showApiError,
      },
    )
  }
  return (
    <SectionCard
      title={t('returns.files.title')}
      testId="case-files"
      aside={
        <FileButton onChange={attach} accept={ACCEPT}>
          {(props) => (
            <Button
              {...props}
              size="xs"
              variant="default"
              leftSection={<IconPaperclip size={14} />}
              loading={upload.isPending}
              data-testid="case-file-upload"
            >
              {t('returns.files.upload')}
            </Button>
          )}
        </FileButton>
      }
    >
      {detail.files.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('returns.files.empty')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 2, xs: 3 }} spacing="sm">
          {detail.files.map((file) => (
            <FileTile key={file.id} file={file} />
          ))}
        </SimpleGrid>
      )}
    </SectionCard>
  )
}
