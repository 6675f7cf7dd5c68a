import { Box, Group, Text, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { LiveState } from '../live/use-live-connection'

const COLORS: Record<LiveState, string> = {
  open: 'var(--mantine-color-green-6)',
  connecting: 'var(--mantine-color-orange-5)',
  closed: 'var(--mantine-color-red-6)',
}

const HINTS = {
  open: 'live.openHint',
  connecting: 'live.connectingHint',
  closed: 'live.closedHint',
} as const

export function LiveIndicator({ state, compact }: { state: LiveState; compact?: boolean }) {
  const { t } = useTranslation()
  const label = t(`live.${state}`)
  return (
    <Tooltip label={t(HINTS[state])} withArrow>
      <Group
        gap={6}
        wrap="nowrap"
        data-testid="live-indicator"
        data-state={state}
        role="status"
        aria-label={label}
        px={compact ? 4 : 10}
        py={4}
        style={{
          borderRadius: 999,
          background: compact ? undefined : 'var(--mantine-color-gray-1)',
        }}
      >
        <Box
          w={9}
          h={9}
          style={{
            borderRadius: '50%',
            background: COLORS[state],
            boxShadow: state === 'open' ? '0 0 0 3px rgba(64, 192, 87, 0.25)' : undefined,
          }}
        />
        {!compact && (
          <Text size="xs" fw={600} c="dimmed" data-testid="live-indicator-label">
            {label}
          </Text>
        )}
      </Group>
    </Tooltip>
  )
}
