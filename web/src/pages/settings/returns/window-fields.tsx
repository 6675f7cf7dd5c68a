import { NumberInput, Switch } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ReturnFieldsProps } from './field-props'
import { LIMITS } from './return-settings-draft'

/** The voluntary return window and whether buyers are told of their right (art. 27 and 29 UPK). */
export function WindowFields({ draft, change, editable, invalid }: ReturnFieldsProps) {
  const { t } = useTranslation()
  return (
    <>
      <NumberInput
        label={t('returnClocks.settings.sellerReturnDays')}
        description={t('returnClocks.settings.sellerReturnDaysHint')}
        placeholder={t('returnClocks.settings.statutory')}
        value={draft.sellerReturnDays}
        onChange={(v) => change({ sellerReturnDays: typeof v === 'number' ? v : '' })}
        min={LIMITS.minDays}
        max={LIMITS.maxDays}
        allowDecimal={false}
        allowNegative={false}
        disabled={!editable}
        error={invalid.has('sellerReturnDays')}
        w={{ base: '100%', sm: 300 }}
        data-testid="return-settings-window"
      />
      <Switch
        label={t('returnClocks.settings.informs')}
        description={t('returnClocks.settings.informsHint')}
        checked={draft.informsOfWithdrawalRight}
        onChange={(e) => change({ informsOfWithdrawalRight: e.currentTarget.checked })}
        disabled={!editable}
        data-testid="return-settings-informs"
      />
    </>
  )
}
