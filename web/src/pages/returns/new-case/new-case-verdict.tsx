import { Badge, Group, Paper, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { NewCasePreview } from '../../../api/return-types'
import { formatCivilDate } from '../common/civil-date'
import { DeadlineFacts } from '../common/deadline-facts'
import { EngineVerdict, useReasonWords } from '../common/engine-verdict'

/** What the engine says before the case is opened: decision, reasons, items and deadlines. */
export function NewCaseVerdict({ preview }: { preview: NewCasePreview }) {
  const { t } = useTranslation()
  const words = useReasonWords()
  return (
    <Paper withBorder p="sm" data-testid="new-case-verdict">
      <Stack gap="sm">
        <Text fw={650}>{t('returns.newCase.decisionTitle')}</Text>
        <EngineVerdict evaluation={preview.evaluation} />
        <Stack gap={4}>
          {preview.items.map((item) => (
            <Group
              key={item.orderItemId ?? item.sku}
              justify="space-between"
              wrap="nowrap"
              gap="xs"
              data-testid="new-case-verdict-item"
              data-eligible={String(item.eligible)}
            >
              <Stack gap={0} miw={0}>
                <Text size="sm" truncate>
                  {item.quantity} × {item.name}
                </Text>
                {item.reason && (
                  <Text size="xs" c="dimmed">
                    {words(item.reason)}
                  </Text>
                )}
              </Stack>
              <Badge
                size="sm"
                variant="light"
                color={item.eligible ? 'teal' : 'red'}
                tt="none"
                style={{ flexShrink: 0 }}
              >
                {item.eligible ? t('returns.newCase.eligible') : t('returns.newCase.notEligible')}
              </Badge>
            </Group>
          ))}
        </Stack>
        <Text size="xs" c="dimmed">
          {preview.deliveredOn
            ? t('returns.newCase.deliveredOn', { date: formatCivilDate(preview.deliveredOn) })
            : t('returns.newCase.notDelivered')}
        </Text>
        <DeadlineFacts dates={preview.evaluation} />
      </Stack>
    </Paper>
  )
}
