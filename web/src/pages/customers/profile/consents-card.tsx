import { Badge, Divider, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { CONSENT_PURPOSES, type ConsentRecord } from '../../../api/customer-types'
import { formatDateTime } from '../../../i18n/format'
import { displayName } from '../../../lib/display-name'
import { FactLabel, SectionCard } from '../../orders/common/section-card'
import { ConsentForm } from './consent-form'

interface ConsentsCardProps {
  customerId: string
  /** Newest first, as the API lists them. */
  consents: ConsentRecord[]
  editable: boolean
}

function DecisionBadge({ granted }: { granted: boolean | null }) {
  const { t } = useTranslation()
  if (granted === null)
    return (
      <Badge size="sm" variant="outline" color="gray">
        {t('consents.never')}
      </Badge>
    )
  return (
    <Badge size="sm" variant="light" color={granted ? 'green' : 'red'}>
      {granted ? t('consents.granted') : t('consents.withdrawn')}
    </Badge>
  )
}

/** Marketing consents: the choice in force per purpose, the form to record one, the full history. */
export function ConsentsCard({ customerId, consents, editable }: ConsentsCardProps) {
  const { t } = useTranslation()
  // The server's order (newest first, a withdrawal winning a tie) decides which choice is in force.
  const sorted = consents
  return (
    <SectionCard title={t('consents.title')} testId="customer-consents">
      <Text size="xs" c="dimmed" mt={-6}>
        {t('consents.hint')}
      </Text>
      <Stack gap={6}>
        {CONSENT_PURPOSES.map((purpose) => {
          const latest = sorted.find((c) => c.purpose === purpose)
          return (
            <Group
              key={purpose}
              justify="space-between"
              gap="xs"
              data-testid="consent-current"
              data-purpose={purpose}
              data-granted={latest ? String(latest.granted) : 'none'}
            >
              <Text size="sm">{t(`consents.purposes.${purpose}`)}</Text>
              <DecisionBadge granted={latest ? latest.granted : null} />
            </Group>
          )
        })}
      </Stack>
      {editable && (
        <>
          <Divider />
          <ConsentForm customerId={customerId} />
        </>
      )}
      {sorted.length > 0 && (
        <>
          <Divider />
          <FactLabel>{t('consents.history')}</FactLabel>
          <Stack gap={6}>
            {sorted.map((c) => (
              <Stack
                key={c.id}
                gap={0}
                data-testid="consent-record"
                data-purpose={c.purpose}
                data-granted={String(c.granted)}
              >
                <Group gap={6}>
                  <DecisionBadge granted={c.granted} />
                  <Text size="sm">{t(`consents.purposes.${c.purpose}`)}</Text>
                </Group>
                <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {t('consents.recordedBy', {
                    time: formatDateTime(c.recordedAt),
                    who: displayName(c.recordedBy),
                    source: c.source,
                  })}
                </Text>
              </Stack>
            ))}
          </Stack>
        </>
      )}
    </SectionCard>
  )
}
