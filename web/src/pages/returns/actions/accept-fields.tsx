import { NativeSelect, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { type CaseAction, type CaseDetail, REMEDIES, type Remedy } from '../../../api/return-types'
import { MoneyInput } from '../common/money-input'

type Accept = Extract<CaseAction, { type: 'accept' }>

/** For a complaint, the remedy accepted (art. 43d–43e) and a price reduction's amount; a withdrawal needs nothing. */
export function AcceptFields({
  detail,
  action,
  onChange,
}: {
  detail: CaseDetail
  action: Accept
  onChange: (next: Accept) => void
}) {
  const { t } = useTranslation()
  if (detail.kind !== 'complaint') return null
  return (
    <Stack gap="sm">
      <NativeSelect
        label={t('returns.forms.remedy')}
        value={action.remedy ?? ''}
        onChange={(e) =>
          onChange({
            ...action,
            remedy: (e.currentTarget.value || undefined) as Remedy | undefined,
          })
        }
        data={[
          { value: '', label: t('returns.newCase.noRemedy') },
          ...REMEDIES.map((r) => ({ value: r, label: t(`returns.remedies.${r}`) })),
        ]}
        data-testid="accept-remedy"
      />
      {action.remedy === 'price_reduction' && (
        <MoneyInput
          label={t('returns.forms.priceReduction')}
          valueMinor={action.priceReductionMinor}
          onChangeMinor={(minor) => onChange({ ...action, priceReductionMinor: minor })}
          currency={detail.currency}
          data-testid="accept-price-reduction"
        />
      )}
    </Stack>
  )
}
