import { Badge, Group } from '@mantine/core'
import type { TagRef } from '../../../api/inbox-types'

/** Small coloured tag pills. */
export function TagBadges({ tags, max = 3 }: { tags: TagRef[]; max?: number }) {
  if (tags.length === 0) return null
  const shown = tags.slice(0, max)
  return (
    <Group gap={4} wrap="nowrap" style={{ minWidth: 0, overflow: 'hidden' }}>
      {shown.map((tag) => (
        <Badge
          key={tag.id}
          size="xs"
          variant="light"
          color={tag.color || 'gray'}
          tt="none"
          data-testid="conversation-tag"
          data-tag={tag.name}
          style={{ flexShrink: 1, minWidth: 0 }}
        >
          {tag.name}
        </Badge>
      ))}
      {tags.length > max && (
        <Badge size="xs" variant="outline" color="gray">
          +{tags.length - max}
        </Badge>
      )}
    </Group>
  )
}
