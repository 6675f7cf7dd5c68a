import { Anchor, Group, Text, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { API_BASE } from '../../../api/client'
import type { MessageAttachment } from '../../../api/inbox-types'
import { IconAlert } from '../../../components/icons'
import { IconPaperclip } from '../../../components/inbox-icons'
import { formatFileSize } from '../../../lib/file-size'

/** Download links with file sizes; refused files (too big, blocked type…) are named with the reason. */
export function MessageAttachments({ attachments }: { attachments: MessageAttachment[] }) {
  const { t } = useTranslation()
  if (attachments.length === 0) return null
  return (
    <Group gap="xs" mt="xs" wrap="wrap">
      {attachments.map((a) =>
        a.refusedReason ? (
          <Tooltip key={a.id} label={a.refusedReason} withArrow>
            <Group
              gap={4}
              wrap="nowrap"
              className="as-attachment"
              data-testid="message-attachment"
              data-refused="true"
            >
              <IconAlert size={14} color="var(--mantine-color-red-6)" />
              <Text size="xs" c="red.7" truncate>
                {a.filename} — {t('thread.refused', { reason: a.refusedReason })}
              </Text>
            </Group>
          </Tooltip>
        ) : (
          <Anchor
            key={a.id}
            href={a.url ?? `${API_BASE}/attachments/${encodeURIComponent(a.id)}`}
            download={a.filename}
            className="as-attachment"
            data-testid="message-attachment"
            data-refused="false"
            size="xs"
          >
            <IconPaperclip size={14} />
            <span className="as-attachment-name">{a.filename}</span>
            <Text span size="xs" c="dimmed">
              {formatFileSize(a.size)}
            </Text>
          </Anchor>
        ),
      )}
    </Group>
  )
}
