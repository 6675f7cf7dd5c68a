import { Anchor, Group, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import type { CaseListItem } from '../../../api/return-types'
import { CaseKindBadge, CaseStatusBadge, VerdictIcon } from '../common/case-badges'
import { DeadlineChip } from '../common/deadline-chip'

/** Data attributes the browser tests and the phone card share. */
export function caseRowData(item: CaseListItem) {
  return {
    'data-testid': 'case-row',
    'data-case-id': item.id,
    'data-number': item.number,
    'data-kind': item.kind,
    'data-status': item.status,
  }
}

/** One case in the wide table; the whole row opens the case. */
export function CaseRow({ item, today }: { item: CaseListItem; today: string }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  return (
    <Table.Tr
      onClick={() => navigate(`/returns/${item.id}`)}
      style={{ cursor: 'pointer' }}
      {...caseRowData(item)}
    >
      <Table.Td>
        <Stack gap={4} align="flex-start">
          <Anchor
            component={Link}
            to={`/returns/${item.id}`}
            fw={600}
            size="sm"
            data-testid="case-number"
            onClick={(e) => e.stopPropagation()}
          >
            {item.number}
          </Anchor>
          <CaseKindBadge kind={item.kind} size="xs" />
        </Stack>
      </Table.Td>
      <Table.Td maw={200}>
        <Text size="sm" truncate data-testid="case-buyer">
          {item.buyerName ?? t('returns.unknownBuyer')}
        </Text>
        <Text size="xs" c="dimmed">
          {t(`returns.reasons.${item.reasonCode as 'other'}`, { defaultValue: item.reasonCode })}
        </Text>
      </Table.Td>
      <Table.Td>
        {item.orderId && item.orderNumber ? (
          <Anchor
            component={Link}
            to={`/orders/${item.orderId}`}
            size="sm"
            data-testid="case-order-link"
            onClick={(e) => e.stopPropagation()}
          >
            {item.orderNumber}
          </Anchor>
        ) : (
          <Text size="sm" c="dimmed">
            {t('returns.noOrder')}
          </Text>
        )}
      </Table.Td>
      <Table.Td maw={240}>
        <Text size="sm" lineClamp={2} title={item.itemNames ?? ''}>
          {item.itemCount} × {item.itemNames}
        </Text>
      </Table.Td>
      <Table.Td>
        <CaseStatusBadge status={item.status} />
      </Table.Td>
      <Table.Td>
        <DeadlineChip facts={item} today={today} />
      </Table.Td>
      <Table.Td ta="center">
        <Group justify="center">
          <VerdictIcon verdict={item.evaluationDecision} />
        </Group>
      </Table.Td>
    </Table.Tr>
  )
}
