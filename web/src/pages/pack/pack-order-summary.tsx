import { Group, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { PackLookup } from '../../api/pack'
import { formatDateTime } from '../../i18n/format'

/** The scanned order: number, buyer and the lines to put in the parcel, quantities first. */
export function PackOrderSummary({ lookup }: { lookup: PackLookup }) {
  const { t } = useTranslation()
  const { order } = lookup
  return (
    <Stack gap="sm" data-testid="pack-order" data-order-id={order.id}>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={2}>
          <Title order={3} className="as-mono" data-testid="pack-order-number">
            {order.number}
          </Title>
          <Text size="sm" c="dimmed">
            {[order.buyerName, order.marketplace].filter(Boolean).join(' · ')}
          </Text>
        </Stack>
        {lookup.previousChecks > 0 && (
          <Text c="orange.8" fw={600} size="sm" data-testid="pack-previous-checks">
            {t('pack.previousChecks', {
              count: lookup.previousChecks,
              at: formatDateTime(lookup.lastPackedAt),
            })}
          </Text>
        )}
      </Group>
      <Table verticalSpacing="sm" fz="md" data-testid="pack-items">
        <Table.Tbody>
          {order.items.map((item, index) => (
            // Lines may repeat a SKU; their position is their identity in an order.
            // biome-ignore lint/suspicious/noArrayIndexKey: order lines have no id in this view
            <Table.Tr key={index}>
              <Table.Td w={64}>
                <Text fw={700} size="xl">
                  {item.quantity}×
                </Text>
              </Table.Td>
              <Table.Td>
                <Text fw={500}>{item.name}</Text>
                {item.sku && (
                  <Text size="xs" c="dimmed" className="as-mono">
                    {t('pack.sku')}: {item.sku}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  )
}
