import {
  Anchor,
  Chip,
  Group,
  NativeSelect,
  NumberInput,
  ScrollArea,
  Stack,
  TextInput,
  useMatches,
} from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CustomerFilter } from '../../api/customer-types'
import { IconSearch } from '../../components/inbox-icons'
import { SEGMENTS } from './common/segment-colors'
import { hasFilter } from './customer-filters'

interface CustomersFilterBarProps {
  filter: CustomerFilter
  onChange: (next: CustomerFilter) => void
}

const MARKETPLACES = ['allegro', 'amazon', 'kaufland', 'emag', 'shop'] as const

/** Search, segment chips (several at once), minimum orders, marketing consent and marketplace. */
export function CustomersFilterBar({ filter, onChange }: CustomersFilterBarProps) {
  const { t } = useTranslation()
  const [q, setQ] = useState(filter.q ?? '')
  // Chips wrap on wide screens; on phones they scroll sideways instead of taking three lines.
  const chipsWrap = useMatches({ base: 'nowrap', sm: 'wrap' } as const)
  const [debounced] = useDebouncedValue(q.trim(), 300)

  // biome-ignore lint/correctness/useExhaustiveDependencies: only a typed change pushes the search into the URL
  useEffect(() => {
    if (debounced !== (filter.q ?? '')) onChange({ ...filter, q: debounced || undefined })
  }, [debounced])

  return (
    <Stack gap="sm">
      <Group gap="sm" wrap="wrap" align="flex-end">
        <TextInput
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          placeholder={t('customers.search')}
          aria-label={t('customers.search')}
          leftSection={<IconSearch size={16} />}
          style={{ flex: '1 1 240px' }}
          data-testid="customers-search"
        />
        <NumberInput
          value={filter.minOrders ?? ''}
          onChange={(v) =>
            onChange({ ...filter, minOrders: typeof v === 'number' && v > 0 ? v : undefined })
          }
          min={0}
          allowDecimal={false}
          placeholder={t('customers.minOrders')}
          aria-label={t('customers.minOrders')}
          w={{ base: 'calc(50% - 6px)', xs: 170 }}
          data-testid="customers-min-orders"
        />
        <NativeSelect
          value={filter.hasMarketingConsent ?? ''}
          onChange={(e) =>
            onChange({
              ...filter,
              hasMarketingConsent: (e.currentTarget.value ||
                undefined) as CustomerFilter['hasMarketingConsent'],
            })
          }
          aria-label={t('customers.consent')}
          data={[
            { value: '', label: t('customers.anyConsent') },
            { value: 'email', label: t('customers.consentEmail') },
            { value: 'sms', label: t('customers.consentSms') },
          ]}
          w={{ base: 'calc(50% - 6px)', xs: 180 }}
          data-testid="customers-consent"
        />
        <NativeSelect
          value={filter.marketplace ?? ''}
          onChange={(e) => onChange({ ...filter, marketplace: e.currentTarget.value || undefined })}
          aria-label={t('customers.marketplace')}
          data={[
            { value: '', label: t('customers.anyMarketplace') },
            ...MARKETPLACES.map((m) => ({ value: m, label: t(`marketplaces.${m}`) })),
          ]}
          w={{ base: '100%', xs: 180 }}
          data-testid="customers-marketplace"
        />
      </Group>
      <Group gap="sm" wrap="nowrap" justify="space-between">
        <ScrollArea type="never" offsetScrollbars={false} style={{ minWidth: 0 }}>
          <Chip.Group
            multiple
            value={filter.segments ?? []}
            onChange={(segments) =>
              onChange({ ...filter, segments: segments.length > 0 ? segments : undefined })
            }
          >
            <Group gap={6} wrap={chipsWrap}>
              {SEGMENTS.map((segment) => (
                <Chip
                  key={segment}
                  value={segment}
                  size="sm"
                  variant="light"
                  wrapperProps={{
                    'data-testid': 'segment-filter',
                    'data-segment': segment,
                    'data-selected': String(filter.segments?.includes(segment) ?? false),
                  }}
                  styles={{ label: { whiteSpace: 'nowrap' } }}
                >
                  {t(`segments.${segment}`)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </ScrollArea>
        {hasFilter(filter) && (
          <Anchor
            component="button"
            type="button"
            size="sm"
            style={{ flexShrink: 0 }}
            onClick={() => {
              setQ('')
              onChange({})
            }}
            data-testid="customers-clear"
          >
            {t('customers.clear')}
          </Anchor>
        )}
      </Group>
    </Stack>
  )
}
