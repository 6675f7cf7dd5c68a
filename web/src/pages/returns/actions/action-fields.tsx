import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CaseAction, CaseDetail } from '../../../api/return-types'
import { formatMoney } from '../../orders/common/format-money'
import { AcceptFields } from './accept-fields'
import { InspectFields } from './inspect-fields'
import { ReceiveFields } from './receive-fields'
import { RefundFields } from './refund-fields'
import { RefuseFields } from './refuse-fields'

interface ActionFieldsProps {
  detail: CaseDetail
  action: CaseAction
  onChange: (next: CaseAction) => void
}

/** The form of the drafted action; actions without fields show what they will do. */
export function ActionFields({ detail, action, onChange }: ActionFieldsProps) {
  const { t } = useTranslation()
  switch (action.type) {
    case 'receive':
      return <ReceiveFields detail={detail} action={action} onChange={onChange} />
    case 'inspect':
      return <InspectFields detail={detail} action={action} onChange={onChange} />
    case 'accept':
      return <AcceptFields detail={detail} action={action} onChange={onChange} />
    case 'refuse':
      return <RefuseFields detail={detail} action={action} onChange={onChange} />
    case 'refund':
      return <RefundFields detail={detail} action={action} onChange={onChange} />
    case 'request_item':
      return <Text size="sm">{t('returns.forms.requestItemHint')}</Text>
    case 'mark_refund_done': {
      const refund = detail.refunds.find((r) => r.id === action.refundId)
      return (
        <Text size="sm">
          {refund && formatMoney(refund.amountMinor, refund.currency)} ·{' '}
          {refund && t(`returns.methods.${refund.method}`)}
        </Text>
      )
    }
    default:
      return <Text size="sm">{t('returns.forms.remedyDoneHint')}</Text>
  }
}
