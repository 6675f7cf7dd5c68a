import type { ReactNode } from 'react'
import { type ConversationCaseClock, useConversationListClocks } from '../../api/return-clocks'
import { entriesFromClocks } from './clock-entries'
import { DeadlineChip } from './deadline-chip'
import { clockUrgency } from './running-clock'
import { useWorkspaceClock } from './use-workspace-clock'

function mostPressing(clocks: ConversationCaseClock[] | undefined, today: string) {
  const first = entriesFromClocks(clocks ?? [], today)[0]
  if (!first?.clock || clockUrgency(first.clock, today) === 'later') return null
  return first
}

/**
 * For the inbox list: each row's badge — the conversation's most pressing open case when its
 * deadline is within 3 days or past (one clocks request per loaded list page).
 */
export function useCaseDueBadges(items: readonly { id: string }[]): (id: string) => ReactNode {
  const at = useWorkspaceClock()
  const clocks = useConversationListClocks(items.map((item) => item.id))
  return (id: string) => {
    const pressing = mostPressing(clocks.get(id), at.today)
    if (!pressing?.clock) return null
    return (
      <DeadlineChip
        clock={pressing.clock}
        at={at}
        caseKind={pressing.kind}
        size="xs"
        testId="conversation-case-badge"
      />
    )
  }
}
