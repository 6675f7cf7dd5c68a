import { Group, UnstyledButton } from '@mantine/core'
import { Link } from 'react-router'
import { useConversationCaseClocks } from '../../api/return-clocks'
import { entriesFromClocks } from './clock-entries'
import { DeadlineChip } from './deadline-chip'
import { useWorkspaceClock } from './use-workspace-clock'

/**
 * Running case deadlines above the thread, for layouts where the customer panel is tucked into a
 * drawer: the answer deadline of a complaint must stay in sight while replying (art. 7a).
 */
export function ConversationCaseStrip({ conversationId }: { conversationId: string }) {
  const at = useWorkspaceClock()
  const clocks = useConversationCaseClocks(conversationId)
  const running = entriesFromClocks(clocks.data ?? [], at.today).filter((e) => e.clock)
  if (running.length === 0) return null
  return (
    <Group gap={6} px="md" py={6} wrap="wrap" data-testid="conversation-case-strip">
      {running.map(
        (entry) =>
          entry.clock && (
            <UnstyledButton
              key={entry.caseId}
              component={Link}
              to={`/returns/${entry.caseId}`}
              data-case-id={entry.caseId}
            >
              <DeadlineChip clock={entry.clock} at={at} caseKind={entry.kind} />
            </UnstyledButton>
          ),
      )}
    </Group>
  )
}
