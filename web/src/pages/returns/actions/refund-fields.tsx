import { NativeSelect, Stack, Switch, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import {
  type CaseAction,
  type CaseDetail,
  REFUND_METHODS,
  type RefundMethod,
} from '../../../api/return-types'
import { formatMoney } from '../../orders/common/format-money'
import { MoneyInput } from '../common/money-input'

type Refund = Extract<CaseAction, { type: 'refund' }>

/** Method (Allegro refunds only for Allegro cases), amount (all that remains by default), paid now or later. */
export function RefundFields({
  detail,
  action,
  onChange,
}: {
  detail: CaseDetail
  action: Refund
  onChange: (next: Refund) => void
}) {
  const { t } = useTranslation()
  const methods = REFUND_METHODS.filter(
    (m) => m !== 'marketplace' || detail.source.startsWith('allegro'),
  )
  return (
    <Stack gap="sm">
      <NativeSelect
        label={t('returns.forms.method')}
        value={action.method}
        onChange={(e) => onChange({ ...action, method: e.currentTarget.value as RefundMethod })}
        data={methods.map((m) => ({ value: m, label: t(`returns.methods.${m}`) }))}
        data-testid="refund-method"
      />
      <MoneyInput
        label={t('returns.forms.amount')}
        valueMinor={action.amountMinor}
        onChangeMinor={(minor) => onChange({ ...action, amountMinor: minor })}
        currency={detail.currency}
        max={detail.remainingRefundMinor / 100}
        description={t('returns.forms.remaining', {
          amount: formatMoney(detail.remainingRefundMinor, detail.currency),
        })}
        data-testid="refund-amount"
      />
      {action.method !== 'marketplace' && (
        <Stack gap={2}>
          <Switch
            checked={action.paid !== false}
            onChange={(e) => onChange({ ...action, paid: e.currentTarget.checked })}
            label={t('returns.forms.paid')}
            data-testid="refund-paid"
          />
          <Text size="xs" c="dimmed">
            {t('returns.forms.paidHint')}
          </Text>
        </Stack>
      )}
    </Stack>
  )
}
