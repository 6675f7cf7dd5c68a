import { Button, Group, NativeSelect, SegmentedControl, Stack, TextInput } from '@mantine/core'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useRecordConsent } from '../../../api/customer-actions'
import { CONSENT_PURPOSES, type ConsentPurpose } from '../../../api/customer-types'
import { showSuccess } from '../../../lib/notify'

/**
 * Records the customer's choice for one purpose with where it was made; the server appends it
 * (proof under GDPR art. 7(1); withdrawing as easy as giving, art. 7(3)).
 */
export function ConsentForm({ customerId }: { customerId: string }) {
  const { t } = useTranslation()
  const record = useRecordConsent(customerId)
  const [purpose, setPurpose] = useState<ConsentPurpose>('marketing_email')
  const [decision, setDecision] = useState<'grant' | 'withdraw'>('grant')
  const [source, setSource] = useState('')

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!source.trim()) return
    record.mutate(
      { purpose, granted: decision === 'grant', source: source.trim() },
      {
        onSuccess: () => {
          showSuccess(t('consents.recorded'))
          setSource('')
        },
      },
    )
  }

  return (
    <form onSubmit={submit} data-testid="consent-form">
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap" align="flex-end">
          <NativeSelect
            size="xs"
            label={t('consents.purpose')}
            value={purpose}
            onChange={(e) => setPurpose(e.currentTarget.value as ConsentPurpose)}
            data={CONSENT_PURPOSES.map((p) => ({ value: p, label: t(`consents.purposes.${p}`) }))}
            style={{ flex: '1 1 140px' }}
            data-testid="consent-purpose"
          />
          <SegmentedControl
            size="xs"
            value={decision}
            onChange={(v) => setDecision(v as 'grant' | 'withdraw')}
            data={[
              {
                value: 'grant',
                label: <span data-testid="consent-grant">{t('consents.grant')}</span>,
              },
              {
                value: 'withdraw',
                label: <span data-testid="consent-withdraw">{t('consents.withdraw')}</span>,
              },
            ]}
            aria-label={t('consents.decision')}
          />
        </Group>
        <TextInput
          size="xs"
          label={t('consents.source')}
          placeholder={t('consents.sourcePlaceholder')}
          value={source}
          onChange={(e) => setSource(e.currentTarget.value)}
          maxLength={200}
          data-testid="consent-source"
        />
        <Group justify="flex-end">
          <Button
            type="submit"
            size="xs"
            variant="light"
            disabled={!source.trim()}
            loading={record.isPending}
            data-testid="consent-submit"
          >
            {t('consents.record')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
