import { Alert, Checkbox, Group, NumberInput, Paper, Stack, Text, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatMoney } from '../../orders/common/format-money'
import { ProductFlagBadges } from '../../orders/common/product-flag-badges'
import { isSealed, type LineChoice, type OrderLine } from './new-case-draft'

interface LinePickerProps {
  lines: OrderLine[]
  currency: string
  choices: Record<string, LineChoice>
  onChange: (id: string, choice: LineChoice) => void
}

/** The order's lines with a tick, a quantity and, for sealed goods, "unsealed after delivery". */
export function LinePicker({ lines, currency, choices, onChange }: LinePickerProps) {
  const { t } = useTranslation()
  if (lines.some((line) => !line.id))
    return (
      <Alert color="red" variant="light" data-testid="new-case-no-item-ids">
        {t('returns.newCase.missingItemIds')}
      </Alert>
    )
  return (
    <Stack gap={6}>
      {lines.map((line) => {
        const id = line.id as string
        const choice = choices[id] ?? { picked: false, quantity: line.quantity, unsealed: false }
        const set = (patch: Partial<LineChoice>) => onChange(id, { ...choice, ...patch })
        return (
          <Paper
            key={id}
            withBorder
            p="xs"
            data-testid="new-case-line"
            data-item-id={id}
            data-sku={line.sku ?? ''}
          >
            <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
              <Checkbox
                checked={choice.picked}
                onChange={(e) => set({ picked: e.currentTarget.checked })}
                label={
                  <Stack gap={2}>
                    <Text size="sm" fw={500}>
                      {line.name}
                    </Text>
                    <Group gap={6}>
                      <Text size="xs" c="dimmed" className="as-mono">
                        {line.sku}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {line.quantity} × {formatMoney(line.unitPriceMinor, currency)}
                      </Text>
                    </Group>
                    <ProductFlagBadges flags={line.flags} />
                  </Stack>
                }
                data-testid="new-case-line-pick"
              />
              {line.quantity > 1 && (
                <NumberInput
                  value={choice.quantity}
                  onChange={(value) =>
                    set({ quantity: Math.min(line.quantity, Math.max(1, Number(value) || 1)) })
                  }
                  min={1}
                  max={line.quantity}
                  w={80}
                  size="xs"
                  aria-label={t('returns.newCase.quantity')}
                  disabled={!choice.picked}
                  data-testid="new-case-line-quantity"
                />
              )}
            </Group>
            {isSealed(line) && choice.picked && (
              <Tooltip label={t('returns.newCase.unsealedHint')} multiline w={280} withArrow>
                <Checkbox
                  mt={6}
                  ml={30}
                  size="xs"
                  checked={choice.unsealed}
                  onChange={(e) => set({ unsealed: e.currentTarget.checked })}
                  label={t('returns.newCase.unsealed')}
                  data-testid="new-case-line-unsealed"
                />
              </Tooltip>
            )}
          </Paper>
        )
      })}
    </Stack>
  )
}
