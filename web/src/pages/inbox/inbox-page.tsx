import { Box, Drawer, ScrollArea } from '@mantine/core'
import { useDisclosure, useMediaQuery } from '@mantine/hooks'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router'
import { useConversations } from '../../api/hooks/use-conversations'
import { useKeyShortcuts } from '../../lib/keyboard-shortcuts'
import { ConversationPane } from './conversation/conversation-pane'
import { parseFilters } from './inbox-filters'
import { InboxListHeader } from './inbox-list-header'
import { ConversationList } from './list/conversation-list'
import { InboxSearch } from './list/inbox-search'
import { InboxViewsNav } from './list/inbox-views-nav'
import { NoConversation } from './no-conversation'
import { ShortcutsHelp } from './shortcuts-help'

/** `/inbox/:conversationId?`: views column, conversation list and the open conversation. */
export function InboxPage() {
  const { t } = useTranslation()
  const { conversationId } = useParams()
  const [params] = useSearchParams()
  const { search } = useLocation()
  const navigate = useNavigate()
  const filters = parseFilters(params)
  const list = useConversations(filters)
  const items = list.data?.pages.flatMap((page) => page.items) ?? []
  const split = useMediaQuery('(min-width: 62em)', true)
  const withViews = useMediaQuery('(min-width: 75em)', true)
  const [viewsOpen, views] = useDisclosure(false)
  const [helpOpen, help] = useDisclosure(false)
  const searchRef = useRef<HTMLInputElement>(null)
  const basePath = conversationId ? `/inbox/${conversationId}` : '/inbox'

  const step = (delta: number) => {
    if (items.length === 0) return
    const index = items.findIndex((item) => item.id === conversationId)
    const next = index < 0 ? 0 : Math.min(items.length - 1, Math.max(0, index + delta))
    const target = items[next]
    if (target && target.id !== conversationId) navigate(`/inbox/${target.id}${search}`)
  }

  useKeyShortcuts({
    j: () => step(1),
    k: () => step(-1),
    '/': () => searchRef.current?.focus(),
    '?': help.toggle,
  })

  const showList = split || !conversationId
  const showPane = split || Boolean(conversationId)

  return (
    <Box className="as-inbox" data-testid="inbox">
      {withViews && (
        <ScrollArea
          className="as-inbox-views"
          type="hover"
          component="nav"
          aria-label={t('inbox.viewsLabel')}
        >
          <InboxViewsNav filters={filters} basePath={basePath} />
        </ScrollArea>
      )}
      {showList && (
        <Box className="as-inbox-list" data-split={split ? 'true' : 'false'}>
          <Box p="sm" className="as-inbox-list-head">
            <InboxListHeader
              filters={filters}
              onOpenViews={withViews ? undefined : views.open}
              onShowHelp={help.open}
            />
            <InboxSearch inputRef={searchRef} />
          </Box>
          <ScrollArea style={{ flex: 1 }} type="auto" data-testid="conversation-list-scroll">
            <ConversationList
              items={items}
              selectedId={conversationId}
              search={search}
              isPending={list.isPending}
              error={list.error}
              hasNextPage={list.hasNextPage}
              isFetchingNextPage={list.isFetchingNextPage}
              fetchNextPage={() => void list.fetchNextPage()}
            />
          </ScrollArea>
        </Box>
      )}
      {showPane && (
        <Box className="as-inbox-pane">
          {conversationId ? (
            <ConversationPane
              key={conversationId}
              id={conversationId}
              onBack={split ? undefined : () => navigate(`/inbox${search}`)}
            />
          ) : (
            <NoConversation />
          )}
        </Box>
      )}
      <Drawer
        opened={viewsOpen && !withViews}
        onClose={views.close}
        title={t('inbox.filters')}
        size={280}
        padding="xs"
      >
        <Box onClick={(e) => (e.target as HTMLElement).closest('a') && views.close()}>
          <InboxViewsNav filters={filters} basePath={basePath} />
        </Box>
      </Drawer>
      <ShortcutsHelp opened={helpOpen} onClose={help.close} />
    </Box>
  )
}
