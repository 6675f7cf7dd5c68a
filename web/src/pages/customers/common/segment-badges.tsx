import { Badge, Group } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { isSegment, SEGMENT_COLORS } from './segment-colors'

/** The customer's segments as small light badges (`segment-badge`, `data-segment`). */
export function SegmentBadges({
  segments,
  size = 'sm',
}: {
  segments: string[]
  size?: 'xs' | 'sm'
}) {
  const { t } = useTranslation()
  if (segments.length === 0) return null
  return (
    <Group gap={4} wrap="wrap">
      {segments.map((segment) => (
        <Badge
          key={segment}
          size={size}
          variant="light"
          color={isSegment(segment) ? SEGMENT_COLORS[segment] : 'gray'}
          tt="none"
          data-testid="segment-badge"
          data-segment={segment}
        >
          {isSegment(segment) ? t(`segments.${segment}`) : segment}
        </Badge>
      ))}
    </Group>
  )
}
