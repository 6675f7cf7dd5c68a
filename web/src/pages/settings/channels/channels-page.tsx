import { Button, Menu, Paper, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ChannelAccount } from '../../../api/channel-types'
import {
  useChannelAccounts,
  useDeleteChannelAccount,
} from '../../../api/hooks/use-channel-accounts'
import { useTeams } from '../../../api/hooks/use-teams'
import type { ChannelKind } from '../../../api/inbox-types'
import { ConfirmModal } from '../../../components/confirm-modal'
import { ErrorAlert } from '../../../components/error-alert'
import { SectionLoader } from '../../../components/full-page-loader'
import { IconChevronDown } from '../../../components/icons'
import { IconPlus } from '../../../components/inbox-icons'
import { PageHeader } from '../../../components/page-header'
import { showSuccess } from '../../../lib/notify'
import { ChannelIcon } from '../../inbox/common/channel-icon'
import { AllegroConnectModal } from './allegro-connect-modal'
import { ChannelAccountCard } from './channel-account-card'
import { ChannelAccountModal } from './channel-account-modal'
import { useAllegroCallbackNotice } from './use-allegro-callback-notice'

const KINDS: readonly ChannelKind[] = ['email', 'allegro', 'widget']

type Editing = { kind: ChannelKind; account?: ChannelAccount }

/** Settings → Channels: the accounts with their health, and add / edit / connect / delete. */
export function ChannelsPage() {
  const { t } = useTranslation()
  const accounts = useChannelAccounts()
  const teams = useTeams().data ?? []
  const remove = useDeleteChannelAccount()
  const [editing, setEditing] = useState<Editing | null>(null)
  const [connecting, setConnecting] = useState<ChannelAccount | null>(null)
  const [toDelete, setToDelete] = useState<ChannelAccount | null>(null)
  useAllegroCallbackNotice()
  const teamName = (id: string | null) => teams.find((team) => team.id === id)?.name ?? null

  const addMenu = (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          leftSection={<IconPlus size={16} />}
          rightSection={<IconChevronDown size={14} />}
          data-testid="channel-add"
        >
          {t('channels.add')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {KINDS.map((kind) => (
          <Menu.Item
            key={kind}
            leftSection={<ChannelIcon kind={kind} />}
            onClick={() => setEditing({ kind })}
            data-testid={`channel-add-${kind}`}
          >
            {t(`channelKinds.${kind}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  )

  return (
    <Stack gap="md">
      <PageHeader
        title={t('channels.title')}
        description={t('channels.description')}
        actions={addMenu}
      />
      {accounts.isPending && <SectionLoader />}
      {accounts.isError && <ErrorAlert error={accounts.error} />}
      {accounts.data?.length === 0 && (
        <Paper p="lg">
          <Text c="dimmed" ta="center" size="sm" data-testid="channels-empty">
            {t('channels.empty')}
          </Text>
        </Paper>
      )}
      <Stack gap="sm" data-testid="channel-accounts">
        {accounts.data?.map((account) => (
          <ChannelAccountCard
            key={account.id}
            account={account}
            teamName={teamName(account.teamId)}
            onEdit={() => setEditing({ kind: account.kind, account })}
            onConnect={() => setConnecting(account)}
            onDelete={() => setToDelete(account)}
          />
        ))}
      </Stack>
      {editing && (
        <ChannelAccountModal
          kind={editing.kind}
          account={editing.account}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            if (!editing.account && saved.kind === 'allegro') setConnecting(saved)
          }}
        />
      )}
      {connecting && (
        <AllegroConnectModal account={connecting} onClose={() => setConnecting(null)} />
      )}
      <ConfirmModal
        opened={toDelete !== null}
        title={t('channels.deleteTitle')}
        message={t('channels.deleteBody', { name: toDelete?.name })}
        confirmLabel={t('channels.delete')}
        loading={remove.isPending}
        onConfirm={() =>
          toDelete &&
          remove.mutate(toDelete.id, {
            onSuccess: () => {
              showSuccess(t('channels.deleted', { name: toDelete.name }))
              setToDelete(null)
            },
          })
        }
        onClose={() => setToDelete(null)}
      />
    </Stack>
  )
}
