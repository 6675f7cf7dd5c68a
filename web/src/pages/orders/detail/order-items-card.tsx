import { Group, Stack, Table, Text, useMatches } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { OrderDetail } from '../../../api/order-types'
import { withContentKeys } from '../common/content-keys'
import { formatMoney } from '../common/format-money'
import { ProductFlagBadges } from '../common/product-flag-badges'
import { SectionCard } from '../common/section-card'

/** The order lines with SKU, quantity, prices and product flags; totals underneath. */
export function OrderItemsCard({ order }: { order: OrderDetail }) {
  const { t } = useTranslation()
  // The unit price column is hidden on phones, so the totals' label spans one column less.
  const labelSpan = useMatches({ base: 2, sm: 3 })
  return (
    <SectionCard title={t('orderDetail.itemsTitle')} testId="order-items">
      <Table.ScrollContainer minWidth={300} type="native">
        <Table verticalSpacing="xs" highlightOnHover={false}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('orderDetail.product')}</Table.Th>
              <Table.Th ta="right">{t('orderDetail.quantity')}</Table.Th>
              <Table.Th ta="right" visibleFrom="sm">
                {t('orderDetail.unitPrice')}
              </Table.Th>
              <Table.Th ta="right">{t('orderDetail.lineTotal')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {withContentKeys(
              order.items,
              (i) => `${i.sku ?? ''}|${i.name}|${i.quantity}|${i.unitPriceMinor}`,
            ).map(({ key, item }) => (
              <Table.Tr key={key} data-testid="order-item">
                <Table.Td>
                  <Stack gap={4}>
                    <Text size="sm" fw={500}>
                      {item.name}
                    </Text>
                    <Group gap={6} wrap="wrap">
                      {item.sku && (
                        <Text size="xs" c="dimmed" className="as-mono">
                          {t('orderDetail.sku')}: {item.sku}
                        </Text>
                      )}
                      <ProductFlagBadges flags={item.flags} />
                    </Group>
                  </Stack>
                </Table.Td>
                <Table.Td ta="right">{item.quantity}</Table.Td>
                <Table.Td ta="right" visibleFrom="sm" style={{ whiteSpace: 'nowrap' }}>
                  {formatMoney(item.unitPriceMinor, order.currency)}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatMoney(item.unitPriceMinor * item.quantity, order.currency)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            {order.shippingMinor !== undefined && (
              <Table.Tr>
                <Table.Td colSpan={labelSpan} ta="right">
                  <Text size="sm" c="dimmed">
                    {t('orderDetail.shipping')}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatMoney(order.shippingMinor, order.currency)}
                </Table.Td>
              </Table.Tr>
            )}
            <Table.Tr>
              <Table.Td colSpan={labelSpan} ta="right">
                <Text size="sm" fw={650}>
                  {t('orderDetail.total')}
                </Text>
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm" fw={650}>
                  {formatMoney(order.totalMinor, order.currency)}
                </Text>
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </SectionCard>
  )
}
