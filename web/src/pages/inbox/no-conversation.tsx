import { Center, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { IconInbox } from '../../components/inbox-icons'

/** The right column before a conversation is chosen. */
export function NoConversation() {
  const { t } = useTranslation()
  return (
    <Center h="100%" p="xl" data-testid="no-conversation">
      <Stack align="center" gap="xs">
        <IconInbox size={40} color="var(--mantine-color-gray-5)" />
        <Text c="dimmed" size="sm" ta="center">
          {t('inbox.pickOne')}
        </Text>
      </Stack>
    </Center>
  )
}
