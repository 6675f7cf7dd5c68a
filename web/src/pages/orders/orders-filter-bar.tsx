import {
  Chip,
  Group,
  NativeSelect,
  ScrollArea,
  Stack,
  Switch,
  TextInput,
  useMatches,
} from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { MARKETPLACES, ORDER_STATUSES } from '../../api/order-types'
import type { OrderFilters } from '../../api/orders'
import { IconSearch } from '../../components/inbox-icons'

interface OrdersFilterBarProps {
  filters: OrderFilters
  onChange: (next: OrderFilters) => void
}

const ALL = 'all'

/** Search, status chips, marketplace and "only with alerts" above the orders list. */
export function OrdersFilterBar({ filters, onChange }: OrdersFilterBarProps) {
  const { t } = useTranslation()
  const [q, setQ] = useState(filters.q ?? '')
  // Chips wrap on wide screens; on phones they scroll sideways instead of taking four lines.
  const chipsWrap = useMatches({ base: 'nowrap', sm: 'wrap' } as const)
  const [debounced] = useDebouncedValue(q.trim(), 300)

  // biome-ignore lint/correctness/useExhaustiveDependencies: only a typed change pushes the search into the URL
  useEffect(() => {
    if (debounced !== (filters.q ?? '')) onChange({ ...filters, q: debounced || undefined })
  }, [debounced])

  return (
    <Stack gap="sm">
      <Group gap="sm" wrap="wrap" align="flex-end">
        <TextInput
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          placeholder={t('orders.search')}
          aria-label={t('orders.search')}
          leftSection={<IconSearch size={16} />}
          style={{ flex: '1 1 260px' }}
          data-testid="orders-search"
        />
        <NativeSelect
          value={filters.marketplace ?? ''}
          onChange={(e) =>
            onChange({
              ...filters,
              marketplace: (e.currentTarget.value || undefined) as OrderFilters['marketplace'],
            })
          }
          aria-label={t('orders.marketplace')}
          data={[
            { value: '', label: t('orders.allMarketplaces') },
            ...MARKETPLACES.map((m) => ({ value: m, label: t(`marketplaces.${m}`) })),
          ]}
          w={{ base: '100%', xs: 220 }}
          data-testid="orders-marketplace"
        />
        <Switch
          checked={filters.hasAlert ?? false}
          onChange={(e) =>
            onChange({ ...filters, hasAlert: e.currentTarget.checked ? true : undefined })
          }
          label={t('orders.onlyAlerts')}
          color="orange"
          mb={8}
          data-testid="orders-only-alerts"
        />
      </Group>
      <ScrollArea type="never" offsetScrollbars={false}>
        <Chip.Group
          value={filters.status ?? ALL}
          onChange={(value) =>
            onChange({
              ...filters,
              status: value === ALL ? undefined : (value as OrderFilters['status']),
            })
          }
        >
          <Group gap={6} wrap={chipsWrap}>
            {([ALL, ...ORDER_STATUSES] as const).map((status) => (
              <Chip
                key={status}
                value={status}
                size="sm"
                variant="light"
                wrapperProps={{
                  'data-testid': 'order-status-filter',
                  'data-status': status,
                  'data-selected': String((filters.status ?? ALL) === status),
                }}
                styles={{ label: { whiteSpace: 'nowrap' } }}
              >
                {status === ALL ? t('orders.allStatuses') : t(`orderStatus.${status}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </ScrollArea>
    </Stack>
  )
}
