import { ActionIcon, Group, Text, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ConversationFilters } from '../../api/hooks/use-conversations'
import { IconFilter, IconKeyboard } from '../../components/inbox-icons'
import { DEFAULT_STATUS, hasExtraFilters } from './inbox-filters'

interface InboxListHeaderProps {
  filters: ConversationFilters
  /** Shown when the views column is hidden (narrow screens). */
  onOpenViews?: () => void
  onShowHelp: () => void
}

/** Title of the current view (plus status when not "open") and the list's small actions. */
export function InboxListHeader({ filters, onOpenViews, onShowHelp }: InboxListHeaderProps) {
  const { t } = useTranslation()
  const title = t(`inbox.views.${filters.view}`)
  const status = filters.status === DEFAULT_STATUS ? null : t(`status.${filters.status}`)
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs">
      <Text fw={650} size="md" truncate data-testid="inbox-list-title">
        {title}
        {status && (
          <Text span c="dimmed" fw={500}>
            {' '}
            · {status}
          </Text>
        )}
      </Text>
      <Group gap={4} wrap="nowrap">
        {onOpenViews && (
          <Tooltip label={t('inbox.filters')}>
            <ActionIcon
              variant={hasExtraFilters(filters) ? 'light' : 'subtle'}
              color={hasExtraFilters(filters) ? 'indigo' : 'gray'}
              onClick={onOpenViews}
              aria-label={t('inbox.filters')}
              data-testid="inbox-views-toggle"
            >
              <IconFilter size={18} />
            </ActionIcon>
          </Tooltip>
        )}
        <Tooltip label={t('shortcuts.title')}>
          <ActionIcon
            variant="subtle"
            color="gray"
            onClick={onShowHelp}
            aria-label={t('shortcuts.title')}
            data-testid="shortcuts-help-open"
          >
            <IconKeyboard size={18} />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Group>
  )
}
