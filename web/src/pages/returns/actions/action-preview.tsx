import { Group, Paper, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ActionPlan } from '../../../api/return-types'
import { IconMail } from '../../../components/inbox-icons'
import { formatMoney } from '../../orders/common/format-money'
import { FactLabel } from '../../orders/common/section-card'
import { CaseStatusBadge } from '../common/case-badges'
import { formatCivilDate } from '../common/civil-date'
import { DeadlineFacts } from '../common/deadline-facts'
import { PlanIssues } from './plan-issues'

function RefundBreakdown({ refund }: { refund: NonNullable<ActionPlan['refund']> }) {
  const { t } = useTranslation()
  const money = (minor: number) => formatMoney(minor, refund.currency)
  const rows: [string, string, string][] = [
    ['items', t('returns.panel.refundItems'), money(refund.itemsMinor)],
    ['shipping', t('returns.panel.refundShipping'), money(refund.shippingMinor)],
    [
      'deductions',
      t('returns.panel.refundDeductions'),
      refund.deductionsMinor > 0 ? money(-refund.deductionsMinor) : money(0),
    ],
  ]
  return (
    <Stack gap={4} data-testid="plan-refund" data-total={refund.totalMinor}>
      <FactLabel>{t('returns.panel.refundTitle')}</FactLabel>
      <Table withRowBorders={false} verticalSpacing={2} fz="sm">
        <Table.Tbody>
          {rows.map(([key, label, value]) => (
            <Table.Tr key={key}>
              <Table.Td c="dimmed">{label}</Table.Td>
              <Table.Td ta="right">{value}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
            <Table.Td fw={650}>{t('returns.panel.refundTotal')}</Table.Td>
            <Table.Td ta="right" fw={650} data-testid="plan-refund-total">
              {money(refund.totalMinor)}
            </Table.Td>
          </Table.Tr>
          {refund.dueOn && (
            <Table.Tr>
              <Table.Td c="dimmed">{t('returns.panel.refundDue')}</Table.Td>
              <Table.Td ta="right" data-testid="plan-refund-due" data-date={refund.dueOn}>
                {formatCivilDate(refund.dueOn)}
              </Table.Td>
            </Table.Tr>
          )}
          {refund.paid !== undefined && (
            <Table.Tr>
              <Table.Td c="dimmed" colSpan={2}>
                {refund.paid ? t('returns.panel.refundPaid') : t('returns.panel.refundPending')}
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </Stack>
  )
}

/** What confirming would do: blocking errors, warnings, the next status, money, dates and the buyer's e-mail. */
export function ActionPreview({ plan }: { plan: ActionPlan }) {
  const { t } = useTranslation()
  return (
    <Paper
      withBorder
      p="sm"
      data-testid="action-preview"
      data-ok={String(plan.ok)}
      data-next-status={plan.next.status}
    >
      <Stack gap="sm">
        <Text fw={650}>{t('returns.panel.previewTitle')}</Text>
        <PlanIssues issues={plan.errors} kind="errors" />
        <PlanIssues issues={plan.warnings} kind="warnings" />
        {plan.ok && (
          <Group gap="xs">
            <Text size="sm">{t('returns.panel.nextStatus')}:</Text>
            <CaseStatusBadge status={plan.next.status} />
          </Group>
        )}
        {plan.ok && plan.refund && <RefundBreakdown refund={plan.refund} />}
        {plan.ok && (
          <Stack gap={4}>
            <FactLabel>{t('returns.panel.deadlinesTitle')}</FactLabel>
            <DeadlineFacts dates={plan.deadlines} />
          </Stack>
        )}
        {plan.ok && (
          <Group gap={6} wrap="nowrap" data-testid="plan-mail" data-mail={plan.mail ?? 'none'}>
            <IconMail size={16} />
            <Text size="sm">
              {plan.mail
                ? `${t('returns.panel.mail')}: ${t(`returns.mails.${plan.mail}`)}`
                : t('returns.panel.noMail')}
            </Text>
          </Group>
        )}
      </Stack>
    </Paper>
  )
}
