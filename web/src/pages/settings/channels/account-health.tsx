import { Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ChannelAccount } from '../../../api/channel-types'
import { formatDateTime } from '../../../i18n/format'
import { formatDuration } from '../../../lib/relative-time'
import { CREDENTIALS_BY_KIND } from './channel-form'

function Fact({
  label,
  value,
  color,
  testId,
}: {
  label: string
  value: string
  color?: string
  testId?: string
}) {
  return (
    <Stack gap={0} miw={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" c={color} data-testid={testId} style={{ overflowWrap: 'anywhere' }}>
        {value}
      </Text>
    </Stack>
  )
}

/** Sync health, SLA targets, assignment and which credentials are set, for one account. */
export function AccountHealth({
  account,
  teamName,
}: {
  account: ChannelAccount
  teamName: string | null
}) {
  const { t } = useTranslation()
  const { health, sla } = account
  const limited =
    health.rateLimitedUntil && new Date(health.rateLimitedUntil).getTime() > Date.now()
  const target = (minutes: number | null) =>
    minutes ? formatDuration(minutes * 60_000) : t('channels.off')
  return (
    <Stack gap="xs" data-testid="channel-health">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Fact
          label={t('channels.lastSync')}
          value={formatDateTime(health.lastSyncAt) || t('common.never')}
        />
        <Fact
          label={t('channels.lastSuccess')}
          value={formatDateTime(health.lastSuccessAt) || t('common.never')}
        />
        <Fact label={t('channels.firstResponseShort')} value={target(sla.firstResponseMinutes)} />
        <Fact label={t('channels.nextResponseShort')} value={target(sla.nextResponseMinutes)} />
        <Fact
          label={t('channels.clock')}
          value={sla.clock === '24/7' ? t('channels.clock247') : t('channels.clockWorking')}
        />
        <Fact
          label={t('channels.calendar')}
          value={
            sla.calendar === 'marketplace'
              ? t('channels.calendarMarketplace')
              : t('channels.calendarWorkspace')
          }
        />
        <Fact
          label={t('channels.assignmentMode')}
          value={t(`channels.assignmentModes.${account.assignmentMode}`)}
        />
        <Fact label={t('channels.team')} value={teamName ?? t('inbox.noTeam')} />
      </SimpleGrid>
      {health.lastError && (
        <Text
          size="sm"
          c="red.7"
          data-testid="channel-last-error"
          style={{ overflowWrap: 'anywhere' }}
        >
          {t('channels.lastError', { time: formatDateTime(health.lastErrorAt) })} {health.lastError}
        </Text>
      )}
      {limited && health.rateLimitedUntil && (
        <Text size="sm" c="orange.8" data-testid="channel-rate-limited">
          {t('channels.rateLimited', { time: formatDateTime(health.rateLimitedUntil) })}
        </Text>
      )}
      {CREDENTIALS_BY_KIND[account.kind].length > 0 && (
        <Group gap={6}>
          {CREDENTIALS_BY_KIND[account.kind].map((field) => {
            const set = account.credentialsSet.includes(field)
            return (
              <Badge
                key={field}
                size="sm"
                variant="light"
                color={set ? 'teal' : 'gray'}
                tt="none"
                data-testid="credential-badge"
                data-field={field}
                data-set={set ? 'true' : 'false'}
              >
                {t(`channels.credentials.${field as 'clientId'}`)}:{' '}
                {set ? t('channels.credentialSet') : t('channels.credentialMissing')}
              </Badge>
            )
          })}
        </Group>
      )}
    </Stack>
  )
}
