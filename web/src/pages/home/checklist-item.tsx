import { Badge, Group, Text, ThemeIcon, UnstyledButton } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { IconCheck, IconChevronRight, IconCircle } from '../../components/icons'

interface ChecklistItemProps {
  to: string
  title: string
  text: string
  /** `undefined` = status unknown (no badge shown). */
  done?: boolean
  testId: string
}

export function ChecklistItem({ to, title, text, done, testId }: ChecklistItemProps) {
  const { t } = useTranslation()
  return (
    <UnstyledButton
      component={Link}
      to={to}
      data-testid={testId}
      data-done={done === undefined ? undefined : String(done)}
      p="sm"
      style={{
        borderRadius: 'var(--mantine-radius-md)',
        border: '1px solid var(--mantine-color-gray-2)',
      }}
    >
      <Group wrap="nowrap" gap="md">
        <ThemeIcon
          variant={done ? 'filled' : 'light'}
          color={done ? 'teal' : 'indigo'}
          radius="xl"
          size={32}
        >
          {done ? <IconCheck size={16} /> : <IconCircle size={16} />}
        </ThemeIcon>
        <div style={{ flex: 1, minWidth: 0 }}>
          <Group gap="xs">
            <Text fw={600} size="sm">
              {title}
            </Text>
            {done !== undefined && (
              <Badge size="xs" variant="light" color={done ? 'teal' : 'gray'}>
                {done ? t('home.done') : t('home.todo')}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {text}
          </Text>
        </div>
        <IconChevronRight size={18} style={{ color: 'var(--mantine-color-gray-5)' }} />
      </Group>
    </UnstyledButton>
  )
}
