import { Button, Group, Paper, Stack, Text, TextInput, UnstyledButton } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OrderDetail } from '../../../api/order-types'
import { useOrders } from '../../../api/orders'
import { IconSearch } from '../../../components/inbox-icons'
import { formatDate } from '../../../i18n/format'
import { formatMoney } from '../../orders/common/format-money'
import { buyerLabel } from '../../orders/order-row'

interface OrderPickerProps {
  order: OrderDetail | null
  onPick: (orderId: string | null) => void
}

/** Finds an order by number, buyer or e-mail (`GET /orders?q=`), or shows the one picked. */
export function OrderPicker({ order, onPick }: OrderPickerProps) {
  const { t } = useTranslation()
  const [q, setQ] = useState('')
  const [debounced] = useDebouncedValue(q.trim(), 300)
  const orders = useOrders({ q: debounced || undefined })
  const found = orders.data?.pages.flatMap((page) => page.items).slice(0, 6) ?? []

  if (order)
    return (
      <Paper withBorder p="sm" data-testid="new-case-order" data-order-id={order.id}>
        <Group justify="space-between" wrap="nowrap">
          <Stack gap={0} miw={0}>
            <Text fw={600} size="sm">
              {order.number}
            </Text>
            <Text size="xs" c="dimmed" truncate>
              {buyerLabel(order.buyer, t('returns.unknownBuyer'))} · {formatDate(order.placedAt)} ·{' '}
              {formatMoney(order.totalMinor, order.currency)}
            </Text>
          </Stack>
          <Button size="xs" variant="subtle" onClick={() => onPick(null)}>
            {t('returns.newCase.changeOrder')}
          </Button>
        </Group>
      </Paper>
    )

  return (
    <Stack gap={6}>
      <TextInput
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        placeholder={t('returns.newCase.orderSearch')}
        aria-label={t('returns.newCase.orderSearch')}
        leftSection={<IconSearch size={16} />}
        data-testid="new-case-order-search"
      />
      {orders.data && found.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('returns.newCase.noOrders')}
        </Text>
      )}
      {found.map((candidate) => (
        <UnstyledButton
          key={candidate.id}
          onClick={() => onPick(candidate.id)}
          className="as-conv-row"
          data-testid="new-case-order-option"
          data-order-id={candidate.id}
          data-number={candidate.number}
        >
          <Group justify="space-between" wrap="nowrap" gap={6}>
            <Text fw={600} size="sm">
              {candidate.number}
            </Text>
            <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
              {t(`orderStatus.${candidate.status}`)}
            </Text>
          </Group>
          <Text size="xs" c="dimmed" truncate>
            {buyerLabel(candidate.buyer, t('returns.unknownBuyer'))} ·{' '}
            {formatDate(candidate.placedAt)}
          </Text>
        </UnstyledButton>
      ))}
    </Stack>
  )
}
