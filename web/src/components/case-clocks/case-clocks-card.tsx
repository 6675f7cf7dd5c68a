import { Center, Divider, Loader, Paper, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { ErrorAlert } from '../error-alert'
import { type CaseClockEntry, CaseClockRow } from './case-clock-row'
import type { WorkspaceClock } from './use-workspace-clock'

interface CaseClocksCardProps {
  title: string
  entries: CaseClockEntry[] | undefined
  at: WorkspaceClock
  empty: string
  isPending: boolean
  error: unknown
  /** Below the list: e.g. the link that opens a new case. */
  action?: ReactNode
  testId: string
}

/** A bordered card listing cases with their running deadlines, each linking to the case. */
export function CaseClocksCard(props: CaseClocksCardProps) {
  const { entries } = props
  return (
    <Paper withBorder p="sm" radius="md" data-testid={props.testId} data-count={entries?.length}>
      <Stack gap="xs">
        <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4}>
          {props.title}
        </Text>
        <CaseClockList
          entries={entries}
          at={props.at}
          empty={props.empty}
          isPending={props.isPending}
          error={props.error}
        />
        {props.action}
      </Stack>
    </Paper>
  )
}

/** The rows alone (loading, error and empty states included), for callers with their own frame. */
export function CaseClockList({
  entries,
  at,
  empty,
  isPending,
  error,
}: Pick<CaseClocksCardProps, 'entries' | 'at' | 'empty' | 'isPending' | 'error'>) {
  if (isPending)
    return (
      <Center py="xs">
        <Loader size="xs" />
      </Center>
    )
  if (!entries) return <ErrorAlert error={error} />
  if (entries.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid="case-clocks-empty">
        {empty}
      </Text>
    )
  return (
    <Stack gap="xs">
      {entries.map((entry, index) => (
        <Stack key={entry.caseId} gap="xs">
          {index > 0 && <Divider />}
          <CaseClockRow entry={entry} at={at} />
        </Stack>
      ))}
    </Stack>
  )
}
