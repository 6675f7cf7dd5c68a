import { Anchor, Badge, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { CaseKind, CaseStatus } from '../../api/return-clocks'
import { DeadlineChip } from './deadline-chip'
import { formatDay } from './format-day'
import type { RunningClock } from './running-clock'
import type { WorkspaceClock } from './use-workspace-clock'

/** One case as the clock lists show it. */
export interface CaseClockEntry {
  caseId: string
  number: string
  kind: CaseKind
  status: CaseStatus
  clock: RunningClock | null
}

/** Complaints and withdrawals are told apart by colour in every list. */
export const KIND_COLORS: Record<CaseKind, string> = { withdrawal: 'blue', complaint: 'grape' }

/** A case's number (link to `/returns/<id>`), kind, status and its running deadline. */
export function CaseClockRow({ entry, at }: { entry: CaseClockEntry; at: WorkspaceClock }) {
  const { t } = useTranslation()
  return (
    <Stack
      gap={4}
      data-testid="case-clock"
      data-case-id={entry.caseId}
      data-kind={entry.kind}
      data-status={entry.status}
    >
      <Group gap={6} wrap="nowrap" miw={0}>
        <Anchor
          component={Link}
          to={`/returns/${entry.caseId}`}
          size="sm"
          fw={600}
          data-testid="case-clock-link"
          style={{ flexShrink: 0 }}
        >
          {entry.number}
        </Anchor>
        <Badge size="xs" variant="light" color={KIND_COLORS[entry.kind]} style={{ flexShrink: 0 }}>
          {t(`returnClocks.kind.${entry.kind}`)}
        </Badge>
        <Text size="xs" c="dimmed" truncate data-testid="case-clock-status">
          {t(`returnClocks.status.${entry.status}`)}
        </Text>
      </Group>
      {entry.clock && (
        <Group gap={6} wrap="wrap">
          <DeadlineChip clock={entry.clock} at={at} />
          <Text size="xs" c="dimmed" data-testid="case-clock-date">
            {t('returnClocks.dueOn', { date: formatDay(entry.clock.date) })}
          </Text>
        </Group>
      )}
    </Stack>
  )
}
