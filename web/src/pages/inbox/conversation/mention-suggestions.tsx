import { Avatar, Group, Paper, Text, UnstyledButton } from '@mantine/core'
import type { Mentionable } from './use-mentions'

interface MentionSuggestionsProps {
  suggestions: Mentionable[]
  active: number
  onPick: (member: Mentionable) => void
}

/** The member list shown above the note composer while an `@name` is being typed. */
export function MentionSuggestions({ suggestions, active, onPick }: MentionSuggestionsProps) {
  if (suggestions.length === 0) return null
  return (
    <Paper
      shadow="md"
      p={4}
      radius="md"
      className="as-mentions"
      data-testid="mention-suggestions"
      role="listbox"
    >
      {suggestions.map((member, index) => (
        <UnstyledButton
          key={member.id}
          className="as-mention-option"
          data-active={index === active ? 'true' : 'false'}
          role="option"
          aria-selected={index === active}
          // Keep the textarea focused: pick on mousedown, before the blur.
          onMouseDown={(e) => {
            e.preventDefault()
            onPick(member)
          }}
          data-testid="mention-option"
          data-user-id={member.id}
        >
          <Group gap={8} wrap="nowrap">
            <Avatar size={22} radius="xl" name={member.name} color="initials" />
            <Text size="sm" truncate>
              {member.name}
            </Text>
            <Text size="xs" c="dimmed" truncate>
              {member.email}
            </Text>
          </Group>
        </UnstyledButton>
      ))}
    </Paper>
  )
}
