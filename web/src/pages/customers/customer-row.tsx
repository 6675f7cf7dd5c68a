import { Anchor, Badge, Group, Stack, Table, Text, UnstyledButton } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import type { CustomerListItem } from '../../api/customer-types'
import { formatDate } from '../../i18n/format'
import { TagBadges } from '../inbox/common/tag-badges'
import { formatMoney } from '../orders/common/format-money'
import { customerName } from './common/customer-label'
import { SegmentBadges } from './common/segment-badges'

const rowData = (c: CustomerListItem) => ({
  'data-testid': 'customer-row',
  'data-customer-id': c.id,
  'data-segments': c.segments.join(' '),
})

/** One customer in the wide table; the whole row opens the profile. */
export function CustomerRow({ customer }: { customer: CustomerListItem }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const name = customerName(customer, t('customers.unnamed'))
  return (
    <Table.Tr
      onClick={() => navigate(`/customers/${customer.id}`)}
      style={{ cursor: 'pointer' }}
      {...rowData(customer)}
    >
      <Table.Td maw={280}>
        <Stack gap={0}>
          <Anchor
            component={Link}
            to={`/customers/${customer.id}`}
            size="sm"
            fw={600}
            truncate
            onClick={(e) => e.stopPropagation()}
            data-testid="customer-row-name"
          >
            {name}
          </Anchor>
          {customer.email && customer.name && (
            <Text size="xs" c="dimmed" truncate>
              {customer.email}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        <SegmentBadges segments={customer.segments} />
      </Table.Td>
      <Table.Td ta="right">{customer.ordersCount}</Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {customer.ordersCount > 0
          ? formatMoney(customer.lifetimeValueMinor, customer.currency)
          : '—'}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm" c="dimmed">
          {formatDate(customer.lastOrderAt) || '—'}
        </Text>
      </Table.Td>
      <Table.Td maw={200}>
        <TagBadges tags={customer.tags} max={2} />
      </Table.Td>
    </Table.Tr>
  )
}

/** One customer on a narrow screen. */
export function CustomerCard({ customer }: { customer: CustomerListItem }) {
  const { t } = useTranslation()
  return (
    <UnstyledButton
      component={Link}
      to={`/customers/${customer.id}`}
      className="as-conv-row"
      {...rowData(customer)}
    >
      <Group justify="space-between" wrap="nowrap" gap={6}>
        <Text fw={600} size="sm" truncate data-testid="customer-row-name">
          {customerName(customer, t('customers.unnamed'))}
        </Text>
        <Text size="sm" fw={500} style={{ flexShrink: 0 }}>
          {customer.ordersCount > 0
            ? formatMoney(customer.lifetimeValueMinor, customer.currency)
            : ''}
        </Text>
      </Group>
      <Group justify="space-between" wrap="nowrap" gap={6}>
        <Text size="xs" c="dimmed" truncate>
          {customer.email ?? customer.phone ?? ''}
        </Text>
        <Badge size="xs" variant="outline" color="gray" style={{ flexShrink: 0 }}>
          {t('customers.orders')}: {customer.ordersCount}
        </Badge>
      </Group>
      <Group mt={6}>
        <SegmentBadges segments={customer.segments} size="xs" />
      </Group>
    </UnstyledButton>
  )
}
