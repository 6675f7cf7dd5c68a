import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { AccountStatus, ChannelAccount } from '../../../api/channel-types'
import {
  useSyncChannelAccount,
  useTestChannelAccount,
} from '../../../api/hooks/use-channel-accounts'
import { DeleteIconButton } from '../../../components/delete-icon-button'
import { IconEdit, IconPlug, IconRefresh } from '../../../components/inbox-icons'
import { showSuccess } from '../../../lib/notify'
import { ChannelIcon } from '../../inbox/common/channel-icon'
import { AccountHealth } from './account-health'
import { WidgetEmbed } from './widget-embed'

const STATUS_COLORS: Record<AccountStatus, string> = {
  active: 'green',
  paused: 'gray',
  needs_auth: 'red',
}

interface ChannelAccountCardProps {
  account: ChannelAccount
  teamName: string | null
  onEdit: () => void
  onConnect: () => void
  onDelete: () => void
}

/** One channel account: kind, status, health and SLA, with edit / test / sync / delete. */
export function ChannelAccountCard({
  account,
  teamName,
  onEdit,
  onConnect,
  onDelete,
}: ChannelAccountCardProps) {
  const { t } = useTranslation()
  const test = useTestChannelAccount()
  const sync = useSyncChannelAccount()
  const widgetKey =
    typeof account.settings.widgetKey === 'string' ? account.settings.widgetKey : null
  const connected =
    account.credentialsSet.includes('refreshToken') ||
    account.credentialsSet.includes('accessToken')

  return (
    <Paper
      p="md"
      data-testid="channel-account-row"
      data-account-id={account.id}
      data-kind={account.kind}
      data-status={account.status}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Group gap="xs" wrap="nowrap" miw={0}>
            <ChannelIcon kind={account.kind} size={20} />
            <Text fw={650} truncate data-testid="channel-account-name">
              {account.name}
            </Text>
            <Text size="sm" c="dimmed" visibleFrom="sm" style={{ flexShrink: 0 }}>
              {t(`channelKinds.${account.kind}`)}
            </Text>
            <Badge
              color={STATUS_COLORS[account.status]}
              variant="light"
              data-testid="channel-account-status"
              style={{ flexShrink: 0 }}
            >
              {t(`channels.status.${account.status}`)}
            </Badge>
          </Group>
          <Group gap={6}>
            {account.kind === 'allegro' && (
              <Button
                size="xs"
                variant={connected && account.status !== 'needs_auth' ? 'default' : 'filled'}
                color="orange"
                leftSection={<IconPlug size={14} />}
                onClick={onConnect}
                data-testid="allegro-connect-open"
              >
                {connected ? t('allegro.reconnect') : t('allegro.connect')}
              </Button>
            )}
            <Button
              size="xs"
              variant="default"
              leftSection={<IconEdit size={14} />}
              onClick={onEdit}
              data-testid="channel-edit"
            >
              {t('channels.edit')}
            </Button>
            {account.kind !== 'widget' && (
              <>
                <Button
                  size="xs"
                  variant="default"
                  loading={test.isPending}
                  onClick={() =>
                    test.mutate(account.id, {
                      onSuccess: () => showSuccess(t('channels.testOk', { name: account.name })),
                    })
                  }
                  data-testid="channel-test"
                >
                  {t('channels.test')}
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  leftSection={<IconRefresh size={14} />}
                  loading={sync.isPending}
                  onClick={() =>
                    sync.mutate(account.id, {
                      onSuccess: () => showSuccess(t('channels.syncQueued')),
                    })
                  }
                  data-testid="channel-sync"
                >
                  {t('channels.sync')}
                </Button>
              </>
            )}
            <DeleteIconButton
              label={t('channels.delete')}
              onClick={onDelete}
              testId="channel-delete"
            />
          </Group>
        </Group>
        <AccountHealth account={account} teamName={teamName} />
        {account.kind === 'widget' && widgetKey && <WidgetEmbed widgetKey={widgetKey} />}
      </Stack>
    </Paper>
  )
}
