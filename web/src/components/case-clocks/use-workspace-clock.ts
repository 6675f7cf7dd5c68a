import { useCurrentMe } from '../../api/hooks/use-me'
import { useNow } from '../../lib/use-now'
import { todayIn } from './deadline-time'

/** The time now, today's date and the zone deadlines are counted in: the workspace's. */
export interface WorkspaceClock {
  now: number
  today: string
  timeZone: string
}

/** A minute-by-minute clock in the workspace's time zone, for deadline countdowns. */
export function useWorkspaceClock(): WorkspaceClock {
  const timeZone = useCurrentMe().workspace.timezone || 'Europe/Warsaw'
  const now = useNow(60_000)
  return { now, today: todayIn(timeZone, now), timeZone }
}
