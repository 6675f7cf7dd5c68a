import { ColorSwatch, Divider, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useChannelAccounts } from '../../../api/hooks/use-channel-accounts'
import type { ConversationFilters } from '../../../api/hooks/use-conversations'
import { useConversationCounts } from '../../../api/hooks/use-conversations'
import { useTags } from '../../../api/hooks/use-tags'
import { INBOX_VIEWS, STATUSES } from '../../../api/inbox-types'
import { ChannelIcon } from '../common/channel-icon'
import { filtersToSearch } from '../inbox-filters'
import { ViewLink } from './view-link'

interface InboxViewsNavProps {
  filters: ConversationFilters
  /** Path the links keep (the open conversation), e.g. `/inbox/abc`. */
  basePath: string
}

function Heading({ children }: { children: ReactNode }) {
  return (
    <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4} px="sm" pt="sm" pb={4}>
      {children}
    </Text>
  )
}

/** The left column: views with counts, then channel accounts, statuses and tags as filters. */
export function InboxViewsNav({ filters, basePath }: InboxViewsNavProps) {
  const { t } = useTranslation()
  const counts = useConversationCounts().data
  const accounts = useChannelAccounts().data ?? []
  const tags = useTags().data ?? []
  const link = (next: Partial<ConversationFilters>) =>
    `${basePath}${filtersToSearch({ ...filters, ...next })}`

  return (
    <Stack gap={2} p="xs" data-testid="inbox-views">
      {INBOX_VIEWS.map((view) => (
        <ViewLink
          key={view}
          label={t(`inbox.views.${view}`)}
          to={link({ view, channelAccountId: undefined, tag: undefined })}
          active={filters.view === view && !filters.channelAccountId && !filters.tag}
          count={counts?.views[view]}
          testId={`view-${view}`}
          countTestId={`view-count-${view}`}
        />
      ))}
      {accounts.length > 0 && <Heading>{t('inbox.channels')}</Heading>}
      {accounts.map((account) => {
        const active = filters.channelAccountId === account.id
        return (
          <ViewLink
            key={account.id}
            label={account.name}
            icon={<ChannelIcon kind={account.kind} />}
            to={link({ channelAccountId: active ? undefined : account.id })}
            active={active}
            count={counts?.channels[account.id] ?? 0}
            testId="channel-filter"
            countTestId="channel-filter-count"
            data={{ 'data-channel-account-id': account.id }}
          />
        )
      })}
      <Heading>{t('inbox.statusHeading')}</Heading>
      {STATUSES.map((status) => (
        <ViewLink
          key={status}
          label={t(`status.${status}`)}
          to={link({ status })}
          active={filters.status === status}
          count={counts?.statuses[status]}
          testId="status-filter"
          countTestId="status-filter-count"
          data={{ 'data-status': status }}
        />
      ))}
      {tags.length > 0 && <Heading>{t('inbox.tags')}</Heading>}
      {tags.map((tag) => {
        const active = filters.tag === tag.name
        return (
          <ViewLink
            key={tag.id}
            label={tag.name}
            icon={<ColorSwatch color={tag.color || 'gray'} size={10} />}
            to={link({ tag: active ? undefined : tag.name })}
            active={active}
            testId="tag-filter"
            data={{ 'data-tag': tag.name }}
          />
        )
      })}
      <Divider my="xs" />
    </Stack>
  )
}
