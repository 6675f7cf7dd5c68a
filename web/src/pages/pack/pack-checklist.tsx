import { Checkbox, Paper, Stack } from '@mantine/core'

/** The checklist as big, full-width touch targets: the whole row toggles its item. */
export function PackChecklist({
  items,
  checked,
  onToggle,
}: {
  items: string[]
  checked: Record<string, boolean>
  onToggle: (item: string) => void
}) {
  return (
    <Stack gap="xs" data-testid="pack-checklist">
      {items.map((item) => (
        <Paper key={item} withBorder p="sm" radius="md" bg={checked[item] ? 'green.0' : undefined}>
          <Checkbox
            size="lg"
            label={item}
            checked={checked[item] ?? false}
            onChange={() => onToggle(item)}
            data-testid="pack-checklist-item"
            styles={{ label: { fontSize: 17 }, body: { alignItems: 'center' } }}
          />
        </Paper>
      ))}
    </Stack>
  )
}
