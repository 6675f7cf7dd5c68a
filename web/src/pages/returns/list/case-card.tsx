import { Group, Text, UnstyledButton } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { CaseListItem } from '../../../api/return-types'
import { CaseKindBadge, CaseStatusBadge, VerdictIcon } from '../common/case-badges'
import { DeadlineChip } from '../common/deadline-chip'
import { caseRowData } from './case-row'

/** One case on a narrow screen: a tappable card-row like the orders list's. */
export function CaseCard({ item, today }: { item: CaseListItem; today: string }) {
  const { t } = useTranslation()
  return (
    <UnstyledButton
      component={Link}
      to={`/returns/${item.id}`}
      className="as-conv-row"
      {...caseRowData(item)}
    >
      <Group justify="space-between" wrap="nowrap" gap={6}>
        <Group gap={6} wrap="nowrap" miw={0}>
          <Text fw={600} size="sm" data-testid="case-number">
            {item.number}
          </Text>
          <CaseKindBadge kind={item.kind} size="xs" />
        </Group>
        <VerdictIcon verdict={item.evaluationDecision} />
      </Group>
      <Group justify="space-between" wrap="nowrap" gap={6}>
        <Text size="sm" truncate data-testid="case-buyer">
          {item.buyerName ?? t('returns.unknownBuyer')}
        </Text>
        <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
          {item.orderNumber ?? t('returns.noOrder')}
        </Text>
      </Group>
      <Text size="xs" c="dimmed" truncate>
        {item.itemCount} × {item.itemNames}
      </Text>
      <Group gap={4} mt={6} wrap="wrap">
        <CaseStatusBadge status={item.status} />
        <DeadlineChip facts={item} today={today} />
      </Group>
    </UnstyledButton>
  )
}
