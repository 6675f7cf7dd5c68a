import { Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CaseDetail } from '../../../api/return-types'
import { formatMoney } from '../../orders/common/format-money'
import { SectionCard } from '../../orders/common/section-card'
import { useReasonWords } from '../common/engine-verdict'

/** The case's lines: price, for a withdrawal whether the right applies (or the art. 38 exception), what arrived and in what state. */
export function CaseItemsCard({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation()
  const words = useReasonWords()
  const withdrawal = detail.kind === 'withdrawal'
  return (
    <SectionCard title={t('returns.items.title')} testId="case-items">
      <Table.ScrollContainer minWidth={560} type="native">
        <Table verticalSpacing="xs" highlightOnHover={false}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('returns.items.product')}</Table.Th>
              <Table.Th ta="right">{t('returns.items.quantity')}</Table.Th>
              <Table.Th ta="right">{t('returns.items.price')}</Table.Th>
              {withdrawal && <Table.Th>{t('returns.items.eligibility')}</Table.Th>}
              <Table.Th ta="right">{t('returns.items.received')}</Table.Th>
              <Table.Th>{t('returns.items.condition')}</Table.Th>
              {withdrawal && <Table.Th ta="right">{t('returns.items.deduction')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {detail.items.map((item) => (
              <Table.Tr
                key={item.id}
                data-testid="case-item"
                data-item-id={item.id}
                data-sku={item.sku}
                data-received={item.receivedQuantity}
                data-condition={item.condition ?? ''}
              >
                <Table.Td>
                  <Stack gap={0}>
                    <Text size="sm" fw={500}>
                      {item.name}
                    </Text>
                    <Text size="xs" c="dimmed" className="as-mono">
                      {item.sku}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td ta="right">{item.quantity}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatMoney(item.unitPriceMinor, detail.currency)}
                </Table.Td>
                {withdrawal && (
                  <Table.Td maw={240}>
                    {item.eligible ? (
                      <Text size="xs" c="teal.8" fw={600} style={{ whiteSpace: 'nowrap' }}>
                        {t('returns.items.eligible')}
                      </Text>
                    ) : (
                      <Text size="xs" c="red.7">
                        {words(item.exception ?? 'no_statutory_right')}
                      </Text>
                    )}
                  </Table.Td>
                )}
                <Table.Td ta="right">
                  {item.receivedQuantity} / {item.quantity}
                </Table.Td>
                <Table.Td>
                  {item.condition ? (
                    <Text size="sm">{t(`returns.conditions.${item.condition}`)}</Text>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('returns.items.notInspected')}
                    </Text>
                  )}
                </Table.Td>
                {withdrawal && (
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {item.deductionMinor > 0
                      ? formatMoney(-item.deductionMinor, detail.currency)
                      : '—'}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </SectionCard>
  )
}
