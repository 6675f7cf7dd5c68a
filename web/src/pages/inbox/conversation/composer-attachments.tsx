import { CloseButton, Group, Loader, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { IconAlert } from '../../../components/icons'
import { IconPaperclip } from '../../../components/inbox-icons'
import { formatFileSize } from '../../../lib/file-size'
import type { PendingFile } from './use-pending-uploads'

interface ComposerAttachmentsProps {
  files: PendingFile[]
  onRemove: (key: string) => void
}

/** Pills for the files picked in the composer: uploading, ready (with size) or failed. */
export function ComposerAttachments({ files, onRemove }: ComposerAttachmentsProps) {
  const { t } = useTranslation()
  if (files.length === 0) return null
  return (
    <Group gap={6} wrap="wrap">
      {files.map((f) => {
        const state = f.failed ? 'failed' : f.upload ? 'ready' : 'uploading'
        return (
          <Group
            key={f.key}
            gap={4}
            wrap="nowrap"
            className="as-attachment"
            data-testid="composer-attachment"
            data-state={state}
            data-filename={f.name}
          >
            {state === 'uploading' && <Loader size={12} />}
            {state === 'ready' && <IconPaperclip size={14} />}
            {state === 'failed' && <IconAlert size={14} color="var(--mantine-color-red-6)" />}
            <Text
              size="xs"
              className="as-attachment-name"
              c={state === 'failed' ? 'red.7' : undefined}
            >
              {f.name}
            </Text>
            <Text size="xs" c="dimmed">
              {state === 'failed' ? t('composer.uploadFailed') : formatFileSize(f.size)}
            </Text>
            <CloseButton
              size="xs"
              onClick={() => onRemove(f.key)}
              aria-label={t('common.remove')}
            />
          </Group>
        )
      })}
    </Group>
  )
}
