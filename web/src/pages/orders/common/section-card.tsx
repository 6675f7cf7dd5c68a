import { Group, Paper, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'

interface SectionCardProps {
  title: string
  children: ReactNode
  /** Shown right of the title (a count, a button). */
  aside?: ReactNode
  testId?: string
}

/** A titled white card, the building block of the order and customer pages. */
export function SectionCard({ title, children, aside, testId }: SectionCardProps) {
  return (
    <Paper p="md" data-testid={testId}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Text fw={650}>{title}</Text>
          {aside}
        </Group>
        {children}
      </Stack>
    </Paper>
  )
}

/** The small uppercase caption used for facts (same as the inbox's customer panel). */
export function FactLabel({ children }: { children: ReactNode }) {
  return (
    <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4}>
      {children}
    </Text>
  )
}
