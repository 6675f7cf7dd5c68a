import { Button, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CaseDetail, CaseRefund } from '../../../api/return-types'
import { formatDateTime } from '../../../i18n/format'
import { formatMoney } from '../../orders/common/format-money'
import { SectionCard } from '../../orders/common/section-card'
import { formatCivilDate } from '../common/civil-date'

const STATUS_COLORS: Record<CaseRefund['status'], string> = {
  pending: 'orange',
  requested: 'blue',
  done: 'green',
  failed: 'red',
}

interface CaseRefundsCardProps {
  detail: CaseDetail
  /** Drafts "the refund was paid" in the actions panel (previewed before it is confirmed). */
  onMarkDone: (refundId: string) => void
}

/** Refunds recorded or requested: amount, method, due date, state, Allegro ids and errors. */
export function CaseRefundsCard({ detail, onMarkDone }: CaseRefundsCardProps) {
  const { t } = useTranslation()
  const aside =
    detail.refundDueMinor > 0 ? (
      <Text size="sm" c="dimmed" data-testid="refund-progress">
        {t('returns.case.refundProgress', {
          done: formatMoney(detail.refundedMinor, detail.currency),
          due: formatMoney(detail.refundDueMinor, detail.currency),
        })}
      </Text>
    ) : undefined
  return (
    <SectionCard title={t('returns.refunds.title')} testId="case-refunds" aside={aside}>
      {detail.refunds.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('returns.refunds.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={520} type="native">
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th ta="right">{t('returns.refunds.amount')}</Table.Th>
                <Table.Th>{t('returns.refunds.method')}</Table.Th>
                <Table.Th>{t('returns.refunds.due')}</Table.Th>
                <Table.Th>{t('returns.refunds.status')}</Table.Th>
                <Table.Th>{t('returns.refunds.done')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {detail.refunds.map((refund) => (
                <Table.Tr
                  key={refund.id}
                  data-testid="case-refund"
                  data-refund-id={refund.id}
                  data-status={refund.status}
                >
                  <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}>
                    {formatMoney(refund.amountMinor, refund.currency)}
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={0}>
                      <Text size="sm">{t(`returns.methods.${refund.method}`)}</Text>
                      {refund.externalId && (
                        <Text size="xs" c="dimmed" className="as-mono">
                          {t('returns.refunds.allegro')}: {refund.externalId}
                        </Text>
                      )}
                      {refund.commissionClaimId && (
                        <Text size="xs" c="dimmed" className="as-mono">
                          {refund.commissionClaimId} {refund.commissionStatus ?? ''}
                        </Text>
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatCivilDate(refund.dueOn)}
                  </Table.Td>
                  <Table.Td>
                    <Text
                      size="sm"
                      fw={600}
                      c={`${STATUS_COLORS[refund.status]}.8`}
                      style={{ whiteSpace: 'nowrap' }}
                    >
                      {t(`returns.refunds.statuses.${refund.status}`)}
                    </Text>
                    {refund.error && (
                      <Text size="xs" c="red.7" mt={2}>
                        {refund.error}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {refund.doneAt ? (
                      <Text size="sm">{formatDateTime(refund.doneAt)}</Text>
                    ) : refund.status === 'pending' || refund.status === 'failed' ? (
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() => onMarkDone(refund.id)}
                        data-testid="refund-mark-done"
                      >
                        {t('returns.refunds.markDone')}
                      </Button>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </SectionCard>
  )
}
