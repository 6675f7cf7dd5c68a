import { Avatar, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useCurrentMe } from '../../../api/hooks/use-me'
import { useNow } from '../../../lib/use-now'
import { livePresence, usePresenceEntries } from '../../../live/presence-store'

/** "Anna is viewing / typing" from other agents' presence signals on the live stream. */
export function PresenceNotice({ conversationId }: { conversationId: string }) {
  const { t } = useTranslation()
  const me = useCurrentMe()
  const entries = usePresenceEntries(conversationId)
  const now = useNow(2_000)
  const others = livePresence(entries, now).filter((entry) => entry.userId !== me.user.id)
  if (others.length === 0) return null
  const typing = others.some((entry) => entry.state === 'typing')
  return (
    <Group
      gap="xs"
      px="md"
      py={6}
      wrap="wrap"
      className="as-presence"
      data-typing={typing ? 'true' : 'false'}
      data-testid="presence-notice"
    >
      {others.map((entry) => (
        <Group
          key={entry.userId}
          gap={6}
          wrap="nowrap"
          data-testid="presence-item"
          data-user-id={entry.userId}
          data-state={entry.state}
        >
          <Avatar size={20} radius="xl" name={entry.name} color="initials" />
          <Text size="xs" fw={500}>
            {t(entry.state === 'typing' ? 'presence.typing' : 'presence.viewing', {
              name: entry.name,
            })}
          </Text>
        </Group>
      ))}
    </Group>
  )
}
