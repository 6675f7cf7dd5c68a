import { Group, Kbd, Modal, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'

const SHORTCUTS = [
  ['j', 'next'],
  ['k', 'previous'],
  ['r', 'reply'],
  ['e', 'resolve'],
  ['/', 'search'],
  ['?', 'help'],
] as const

/** The `?` overlay listing the inbox keyboard shortcuts. */
export function ShortcutsHelp({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  return (
    <Modal opened={opened} onClose={onClose} title={t('shortcuts.title')} centered size="sm">
      <Stack gap="xs" data-testid="shortcuts-help">
        {SHORTCUTS.map(([key, action]) => (
          <Group key={key} justify="space-between" data-testid="shortcut" data-key={key}>
            <Text size="sm">{t(`shortcuts.${action}`)}</Text>
            <Kbd>{key}</Kbd>
          </Group>
        ))}
        <Text size="xs" c="dimmed" mt="xs">
          {t('shortcuts.hint')}
        </Text>
      </Stack>
    </Modal>
  )
}
