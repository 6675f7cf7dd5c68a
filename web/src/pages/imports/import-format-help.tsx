import { Code, Group, List, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ImportKind } from '../../api/import-types'
import { SectionCard } from '../orders/common/section-card'

/** The columns of each format (server: orders/rules/csv/csv-columns.ts, docs/import-csv.md). */
const FORMATS: Record<ImportKind, { required: string[]; optional: string[] }> = {
  orders: {
    required: ['order_number', 'placed_at', 'item_name', 'item_unit_price'],
    optional: [
      'external_id',
      'marketplace',
      'status',
      'currency',
      'buyer_name',
      'buyer_email',
      'buyer_phone',
      'ship_by',
      'item_sku',
      'item_quantity',
      'item_flags',
      'shipping_price',
      'carrier',
      'tracking_number',
    ],
  },
  products: {
    required: ['sku', 'name'],
    optional: ['stock', 'availability_text', 'flags'],
  },
}

/** A summary of docs/import-csv.md for the chosen kind: required and common optional columns. */
export function ImportFormatHelp({ kind }: { kind: ImportKind }) {
  const { t } = useTranslation()
  const format = FORMATS[kind]
  return (
    <SectionCard title={t('imports.formatTitle')} testId="import-format">
      <Text size="sm">{t(`imports.formatIntro.${kind}`)}</Text>
      <Stack gap={4}>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4}>
          {t('imports.required')}
        </Text>
        <Group gap={6} data-testid="import-required-columns">
          {format.required.map((name) => (
            <Code key={name} fw={600}>
              {name}
            </Code>
          ))}
        </Group>
      </Stack>
      <Stack gap={4}>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4}>
          {t('imports.optional')}
        </Text>
        <Group gap={6}>
          {format.optional.map((name) => (
            <Code key={name}>{name}</Code>
          ))}
        </Group>
      </Stack>
      <List size="sm" spacing={4}>
        <List.Item>{t('imports.ruleEncoding')}</List.Item>
        <List.Item>{t('imports.ruleAliases')}</List.Item>
        {kind === 'orders' && <List.Item>{t('imports.ruleDates')}</List.Item>}
        {kind === 'orders' && <List.Item>{t('imports.ruleAmounts')}</List.Item>}
        <List.Item>{t('imports.ruleIdempotent')}</List.Item>
      </List>
      <Text size="xs" c="dimmed">
        {t('imports.docs')} <Code>docs/import-csv.md</Code>
      </Text>
    </SectionCard>
  )
}
