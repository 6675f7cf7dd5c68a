import { Button, Center, Loader, Stack, Text } from '@mantine/core'
import { useInViewport } from '@mantine/hooks'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { ConversationItem } from '../../../api/inbox-types'
import { useCaseDueBadges } from '../../../components/case-clocks/use-case-due-badges'
import { ErrorAlert } from '../../../components/error-alert'
import { SectionLoader } from '../../../components/full-page-loader'
import { useNow } from '../../../lib/use-now'
import { ConversationRow } from './conversation-row'

interface ConversationListProps {
  items: ConversationItem[]
  selectedId: string | undefined
  search: string
  isPending: boolean
  error: unknown
  hasNextPage: boolean
  isFetchingNextPage: boolean
  fetchNextPage: () => void
}

/** The middle column: conversation rows and "load more" (also triggered by scrolling to it). */
export function ConversationList(props: ConversationListProps) {
  const { t } = useTranslation()
  const now = useNow(30_000)
  const selectedRef = useRef<HTMLAnchorElement>(null)
  const { ref: moreRef, inViewport } = useInViewport()
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = props
  const caseBadge = useCaseDueBadges(props.items)

  useEffect(() => {
    if (inViewport && hasNextPage && !isFetchingNextPage) fetchNextPage()
  }, [inViewport, hasNextPage, isFetchingNextPage, fetchNextPage])

  // Keep the selected row visible when j/k (or a live update) moves it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-run when the selection changes
  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: 'nearest' })
  }, [props.selectedId])

  if (props.isPending) return <SectionLoader />
  if (props.error) return <ErrorAlert error={props.error} />
  if (props.items.length === 0)
    return (
      <Text c="dimmed" size="sm" ta="center" p="xl" data-testid="conversation-list-empty">
        {t('inbox.empty')}
      </Text>
    )

  return (
    <Stack gap={0} data-testid="conversation-list">
      {props.items.map((item) => (
        <ConversationRow
          key={item.id}
          ref={item.id === props.selectedId ? selectedRef : undefined}
          item={item}
          selected={item.id === props.selectedId}
          to={`/inbox/${item.id}${props.search}`}
          now={now}
          caseBadge={caseBadge(item.id)}
        />
      ))}
      {hasNextPage && (
        <Center p="md" ref={moreRef}>
          <Button
            variant="default"
            size="xs"
            onClick={fetchNextPage}
            loading={isFetchingNextPage}
            data-testid="conversation-load-more"
          >
            {t('common.loadMore')}
          </Button>
        </Center>
      )}
      {!hasNextPage && isFetchingNextPage && (
        <Center p="md">
          <Loader size="xs" />
        </Center>
      )}
    </Stack>
  )
}
