import type { ConversationFilters } from '../../api/hooks/use-conversations'
import {
  type ConversationStatus,
  INBOX_VIEWS,
  type InboxView,
  PRIORITIES,
  type Priority,
  STATUSES,
} from '../../api/inbox-types'

export const DEFAULT_VIEW: InboxView = 'all'
export const DEFAULT_STATUS: ConversationStatus = 'open'

const pick = <T extends string>(allowed: readonly T[], value: string | null, fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback

/** Reads the list filters from the URL (`?view=&status=&channel=&tag=&priority=&assignee=`). */
export function parseFilters(params: URLSearchParams): ConversationFilters {
  const filters: ConversationFilters = {
    view: pick(INBOX_VIEWS, params.get('view'), DEFAULT_VIEW),
    status: pick(STATUSES, params.get('status'), DEFAULT_STATUS),
  }
  const channel = params.get('channel')
  const tag = params.get('tag')
  const priority = params.get('priority')
  const assignee = params.get('assignee')
  if (channel) filters.channelAccountId = channel
  if (tag) filters.tag = tag
  if (priority && PRIORITIES.includes(priority as Priority)) filters.priority = priority as Priority
  if (assignee) filters.assigneeId = assignee
  return filters
}

/** The URL search string for a set of filters (defaults left out). */
export function filtersToSearch(filters: ConversationFilters): string {
  const params = new URLSearchParams()
  if (filters.view !== DEFAULT_VIEW) params.set('view', filters.view)
  if (filters.status !== DEFAULT_STATUS) params.set('status', filters.status)
  if (filters.channelAccountId) params.set('channel', filters.channelAccountId)
  if (filters.tag) params.set('tag', filters.tag)
  if (filters.priority) params.set('priority', filters.priority)
  if (filters.assigneeId) params.set('assignee', filters.assigneeId)
  const qs = params.toString()
  return qs ? `?${qs}` : ''
}

/** True when something besides the view narrows the list. */
export function hasExtraFilters(filters: ConversationFilters): boolean {
  return (
    filters.status !== DEFAULT_STATUS ||
    Boolean(filters.channelAccountId || filters.tag || filters.priority || filters.assigneeId)
  )
}
