import { ActionIcon, Tooltip } from '@mantine/core'
import { IconTrash } from './icons'

interface DeleteIconButtonProps {
  label: string
  onClick: () => void
  testId: string
}

/** The red trash button of table rows (revoke a token or invitation, remove a member). */
export function DeleteIconButton({ label, onClick, testId }: DeleteIconButtonProps) {
  return (
    <Tooltip label={label}>
      <ActionIcon
        variant="subtle"
        color="red"
        aria-label={label}
        onClick={onClick}
        data-testid={testId}
      >
        <IconTrash size={18} />
      </ActionIcon>
    </Tooltip>
  )
}
