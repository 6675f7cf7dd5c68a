import { Group, NativeSelect, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import {
  type CaseAction,
  type CaseDetail,
  ITEM_CONDITIONS,
  type ItemCondition,
} from '../../../api/return-types'
import { MoneyInput } from '../common/money-input'

type Inspect = Extract<CaseAction, { type: 'inspect' }>

/** The condition of each item, and for a withdrawal a deduction for diminished value (art. 34 ust. 4). */
export function InspectFields({
  detail,
  action,
  onChange,
}: {
  detail: CaseDetail
  action: Inspect
  onChange: (next: Inspect) => void
}) {
  const { t } = useTranslation()
  const withdrawal = detail.kind === 'withdrawal'
  const update = (index: number, patch: Partial<Inspect['items'][number]>) => {
    const items = [...action.items]
    const line = items[index]
    if (!line) return
    items[index] = { ...line, ...patch }
    onChange({ ...action, items })
  }
  return (
    <Stack gap="sm">
      {action.items.map((line, index) => {
        const item = detail.items.find((i) => i.id === line.itemId)
        if (!item) return null
        return (
          <Stack key={line.itemId} gap={4}>
            <Text size="sm" fw={500}>
              {item.name}
            </Text>
            <Group gap="sm" wrap="wrap" align="flex-end">
              <NativeSelect
                label={t('returns.forms.condition')}
                value={line.condition}
                onChange={(e) =>
                  update(index, { condition: e.currentTarget.value as ItemCondition })
                }
                data={ITEM_CONDITIONS.map((c) => ({
                  value: c,
                  label: t(`returns.conditions.${c}`),
                }))}
                w={{ base: '100%', xs: 200 }}
                data-testid="inspect-condition"
                data-item-id={line.itemId}
              />
              {withdrawal && (
                <MoneyInput
                  label={t('returns.forms.deduction')}
                  valueMinor={line.deductionMinor}
                  onChangeMinor={(minor) => update(index, { deductionMinor: minor ?? 0 })}
                  currency={detail.currency}
                  max={(item.unitPriceMinor * item.quantity) / 100}
                  w={{ base: '100%', xs: 200 }}
                  data-testid="inspect-deduction"
                  data-item-id={line.itemId}
                />
              )}
            </Group>
          </Stack>
        )
      })}
      {withdrawal && (
        <Text size="xs" c="dimmed">
          {t('returns.forms.deductionHint')}
        </Text>
      )}
    </Stack>
  )
}
