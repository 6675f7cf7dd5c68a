import { Group, Text, ThemeIcon } from '@mantine/core'

export function Brand({ size = 'md' }: { size?: 'md' | 'lg' }) {
  const large = size === 'lg'
  return (
    <Group gap={8} wrap="nowrap" data-testid="brand">
      <ThemeIcon size={large ? 36 : 28} radius="md" variant="filled">
        <svg
          viewBox="0 0 32 32"
          width={large ? 22 : 18}
          height={large ? 22 : 18}
          aria-hidden="true"
        >
          <path
            d="M9 23l7-14 7 14M12 18h8"
            fill="none"
            stroke="currentColor"
            strokeWidth="2.8"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      </ThemeIcon>
      <Text fw={700} fz={large ? 24 : 18} lh={1}>
        Aftersale
      </Text>
    </Group>
  )
}
