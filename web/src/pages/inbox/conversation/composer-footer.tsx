import { ActionIcon, Button, FileButton, Group, Text, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { IconPaperclip, IconSend } from '../../../components/inbox-icons'

interface ComposerFooterProps {
  mode: 'reply' | 'note'
  canSend: boolean
  sending: boolean
  showResolve: boolean
  onAttach: (files: File[]) => void
  onSend: (then?: 'resolve') => void
}

/** The composer's bottom row: attach (replies only), a hint, "Send and resolve" and "Send". */
export function ComposerFooter(props: ComposerFooterProps) {
  const { t } = useTranslation()
  const { mode, canSend, sending, showResolve, onAttach, onSend } = props
  return (
    <Group justify="space-between" mt={6} wrap="nowrap" gap="xs">
      <Group gap={4} wrap="nowrap">
        {mode === 'reply' && (
          <FileButton onChange={onAttach} multiple>
            {(props) => (
              <Tooltip label={t('composer.attach')}>
                <ActionIcon
                  {...props}
                  variant="subtle"
                  color="gray"
                  aria-label={t('composer.attach')}
                  data-testid="composer-attach"
                >
                  <IconPaperclip />
                </ActionIcon>
              </Tooltip>
            )}
          </FileButton>
        )}
        <Text size="xs" c="dimmed" visibleFrom="sm">
          {mode === 'note' ? t('composer.noteHint') : t('composer.sendHint')}
        </Text>
      </Group>
      <Group gap={6} wrap="nowrap">
        {showResolve && (
          <Button
            size="xs"
            variant="default"
            onClick={() => onSend('resolve')}
            disabled={!canSend}
            data-testid="composer-send-resolve"
          >
            {t('composer.sendResolve')}
          </Button>
        )}
        <Button
          size="xs"
          color={mode === 'note' ? 'yellow' : undefined}
          c={mode === 'note' ? 'dark' : undefined}
          leftSection={<IconSend size={14} />}
          onClick={() => onSend()}
          disabled={!canSend}
          loading={sending}
          data-testid="composer-send"
        >
          {mode === 'note' ? t('composer.addNote') : t('composer.send')}
        </Button>
      </Group>
    </Group>
  )
}
