import { Group, NumberInput, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CaseAction, CaseDetail } from '../../../api/return-types'

type Receive = Extract<CaseAction, { type: 'receive' }>

/** How many of each item arrived now (parts may come in several parcels). */
export function ReceiveFields({
  detail,
  action,
  onChange,
}: {
  detail: CaseDetail
  action: Receive
  onChange: (next: Receive) => void
}) {
  const { t } = useTranslation()
  return (
    <Stack gap="xs">
      {action.items.map((line, index) => {
        const item = detail.items.find((i) => i.id === line.itemId)
        if (!item) return null
        const open = item.quantity - item.receivedQuantity
        return (
          <Group key={line.itemId} justify="space-between" wrap="nowrap" gap="sm">
            <Stack gap={0} miw={0}>
              <Text size="sm" truncate>
                {item.name}
              </Text>
              <Text size="xs" c="dimmed">
                {t('returns.forms.stillExpected', { count: open })}
              </Text>
            </Stack>
            <NumberInput
              value={line.quantity}
              onChange={(value) => {
                const items = [...action.items]
                items[index] = {
                  ...line,
                  quantity: Math.min(open, Math.max(0, Number(value) || 0)),
                }
                onChange({ ...action, items })
              }}
              min={0}
              max={open}
              w={90}
              aria-label={t('returns.forms.receivedNow')}
              data-testid="receive-quantity"
              data-item-id={line.itemId}
            />
          </Group>
        )
      })}
    </Stack>
  )
}
