import { Box, Group, Paper, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SegmentSummary } from '../../api/customer-types'
import { useSegmentSummaries } from '../../api/customers'
import { isSegment, SEGMENT_COLORS } from './common/segment-colors'

interface SegmentChartProps {
  selected: string[]
  onToggle: (segment: string) => void
}

function description(segment: SegmentSummary, language: string): string {
  return language === 'pl' ? segment.descriptionPl : segment.descriptionEn
}

/**
 * How many customers each segment holds, as horizontal bars scaled to the largest; a bar is a
 * toggle for that segment's filter. Plain HTML bars stay legible at any width (no chart library).
 */
export function SegmentChart({ selected, onToggle }: SegmentChartProps) {
  const { t, i18n } = useTranslation()
  const segments = useSegmentSummaries()
  const items = segments.data ?? []
  const max = Math.max(1, ...items.map((s) => s.customers))
  if (items.length === 0) return null

  return (
    <Paper p="md" data-testid="segment-chart">
      <Group justify="space-between" mb="xs" wrap="wrap" gap={4}>
        <Text fw={650}>{t('segmentChart.title')}</Text>
        <Text size="xs" c="dimmed">
          {t('segmentChart.hint')}
        </Text>
      </Group>
      <Stack gap={4} role="list">
        {items.map((segment) => {
          const color = isSegment(segment.id) ? SEGMENT_COLORS[segment.id] : 'gray'
          const active = selected.includes(segment.id)
          const width = `${Math.max(segment.customers > 0 ? 2 : 0, (segment.customers / max) * 100)}%`
          return (
            <Tooltip
              key={segment.id}
              label={description(segment, i18n.resolvedLanguage ?? 'en')}
              multiline
              w={320}
              withArrow
              openDelay={300}
            >
              <UnstyledButton
                role="listitem"
                onClick={() => onToggle(segment.id)}
                aria-pressed={active}
                data-testid="segment-bar"
                data-segment={segment.id}
                data-count={segment.customers}
                data-selected={active}
                px={6}
                py={3}
                style={{
                  display: 'flex',
                  alignItems: 'center',
                  gap: 10,
                  borderRadius: 'var(--mantine-radius-sm)',
                  background: active ? 'var(--mantine-color-indigo-0)' : undefined,
                }}
              >
                <Text size="sm" w={{ base: 110, sm: 170 }} truncate fw={active ? 650 : 400}>
                  {isSegment(segment.id) ? t(`segments.${segment.id}`) : segment.id}
                </Text>
                <Box
                  style={{
                    flex: 1,
                    height: 14,
                    background: 'var(--mantine-color-gray-1)',
                    borderRadius: 4,
                  }}
                >
                  <Box
                    h="100%"
                    style={{
                      width,
                      background: `var(--mantine-color-${color}-${active ? 6 : 4})`,
                      borderRadius: 4,
                      transition: 'width 200ms',
                    }}
                  />
                </Box>
                <Text size="sm" fw={600} w={48} ta="right">
                  {segment.customers}
                </Text>
              </UnstyledButton>
            </Tooltip>
          )
        })}
      </Stack>
    </Paper>
  )
}
