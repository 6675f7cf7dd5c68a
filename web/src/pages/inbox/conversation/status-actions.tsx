import { ActionIcon, Button, Menu } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { useUpdateConversation } from '../../../api/hooks/use-conversation-actions'
import type { ConversationDetail } from '../../../api/inbox-types'
import { IconCheck } from '../../../components/icons'
import { IconDots, IconMerge, IconRefresh } from '../../../components/inbox-icons'
import { showSuccess } from '../../../lib/notify'
import { MergeModal } from './merge-modal'
import { SnoozeMenu } from './snooze-menu'

/** Resolve / reopen, snooze, and a menu with "mark pending" and merge. */
export function StatusActions({ conversation: c }: { conversation: ConversationDetail }) {
  const { t } = useTranslation()
  const update = useUpdateConversation(c.id)
  const [mergeOpen, merge] = useDisclosure(false)
  const resolved = c.status === 'resolved'
  const setStatus = (status: 'open' | 'resolved' | 'pending') =>
    update.mutate({ status }, { onSuccess: () => showSuccess(t(`inbox.statusChanged.${status}`)) })

  return (
    <>
      {c.abilities.resolve &&
        (resolved ? (
          <Button
            size="xs"
            variant="default"
            leftSection={<IconRefresh size={14} />}
            onClick={() => setStatus('open')}
            loading={update.isPending}
            data-testid="conversation-reopen"
          >
            {t('inbox.reopen')}
          </Button>
        ) : (
          <Button
            size="xs"
            color="green"
            leftSection={<IconCheck size={14} />}
            onClick={() => setStatus('resolved')}
            loading={update.isPending}
            data-testid="conversation-resolve"
          >
            {t('inbox.resolve')}
          </Button>
        ))}
      {c.abilities.resolve && !resolved && <SnoozeMenu conversationId={c.id} />}
      {(c.abilities.resolve || c.abilities.merge) && (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon
              variant="default"
              size={30}
              aria-label={t('common.actions')}
              data-testid="conversation-more"
            >
              <IconDots size={16} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            {c.abilities.resolve && (c.status === 'pending' || c.status === 'snoozed') && (
              <Menu.Item onClick={() => setStatus('open')} data-testid="conversation-open">
                {t('inbox.reopen')}
              </Menu.Item>
            )}
            {c.abilities.resolve && c.status !== 'pending' && (
              <Menu.Item onClick={() => setStatus('pending')} data-testid="conversation-pending">
                {t('inbox.markPending')}
              </Menu.Item>
            )}
            {c.abilities.merge && !c.mergedIntoId && (
              <Menu.Item
                leftSection={<IconMerge size={14} />}
                onClick={merge.open}
                data-testid="conversation-merge"
              >
                {t('merge.action')}
              </Menu.Item>
            )}
          </Menu.Dropdown>
        </Menu>
      )}
      {mergeOpen && <MergeModal conversation={c} onClose={merge.close} />}
    </>
  )
}
