import { Button, Menu } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { useUpdateConversation } from '../../../api/hooks/use-conversation-actions'
import { IconChevronDown } from '../../../components/icons'
import { IconClock } from '../../../components/inbox-icons'
import { formatDateTime } from '../../../i18n/format'
import { showSuccess } from '../../../lib/notify'
import { SNOOZE_PRESETS, snoozeUntil } from '../../../lib/snooze-presets'
import { CustomSnoozeModal } from './custom-snooze-modal'

const PRESET_TEST_IDS = {
  hour: 'snooze-1h',
  tomorrow: 'snooze-tomorrow',
  nextMonday: 'snooze-next-monday',
} as const

/** Snooze presets (1 h, tomorrow 9:00, next Monday 9:00) and a custom date-time. */
export function SnoozeMenu({ conversationId }: { conversationId: string }) {
  const { t } = useTranslation()
  const update = useUpdateConversation(conversationId)
  const [customOpen, custom] = useDisclosure(false)

  const snooze = (until: Date, onDone?: () => void) =>
    update.mutate(
      { status: 'snoozed', snoozedUntil: until.toISOString() },
      {
        onSuccess: () => {
          showSuccess(t('snooze.done', { time: formatDateTime(until.toISOString()) }))
          onDone?.()
        },
      },
    )

  return (
    <>
      <Menu position="bottom-start" withinPortal>
        <Menu.Target>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconClock size={14} />}
            rightSection={<IconChevronDown size={12} />}
            loading={update.isPending}
            data-testid="conversation-snooze"
          >
            {t('snooze.action')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {SNOOZE_PRESETS.map((preset) => (
            <Menu.Item
              key={preset}
              onClick={() => snooze(snoozeUntil(preset))}
              data-testid={PRESET_TEST_IDS[preset]}
              rightSection={
                <span className="as-menu-hint">
                  {formatDateTime(snoozeUntil(preset).toISOString())}
                </span>
              }
            >
              {t(`snooze.${preset}`)}
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item onClick={custom.open} data-testid="snooze-custom">
            {t('snooze.custom')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <CustomSnoozeModal
        opened={customOpen}
        loading={update.isPending}
        onClose={custom.close}
        onSubmit={(until) => snooze(until, custom.close)}
      />
    </>
  )
}
