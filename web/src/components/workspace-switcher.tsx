import { Menu, Text, UnstyledButton } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useSwitchWorkspace } from '../api/hooks/use-auth'
import { useCurrentMe } from '../api/hooks/use-me'
import { showSuccess } from '../lib/notify'
import { IconCheck, IconSelector } from './icons'

function WorkspaceLabel({ name }: { name: string }) {
  const { t } = useTranslation()
  return (
    <div style={{ minWidth: 0 }}>
      <Text size="xs" c="dimmed" lh={1.2}>
        {t('workspaceSwitcher.label')}
      </Text>
      <Text size="sm" fw={600} truncate="end" data-testid="workspace-name">
        {name}
      </Text>
    </div>
  )
}

/** Current workspace name; a switcher menu when the user belongs to more than one. */
export function WorkspaceSwitcher({ fullWidth }: { fullWidth?: boolean }) {
  const { t } = useTranslation()
  const me = useCurrentMe()
  const switchWorkspace = useSwitchWorkspace()
  const style = {
    display: 'flex',
    alignItems: 'center',
    gap: 8,
    padding: '4px 10px',
    borderRadius: 'var(--mantine-radius-md)',
    borderLeft: fullWidth ? undefined : '1px solid var(--mantine-color-gray-3)',
    maxWidth: fullWidth ? undefined : 260,
    width: fullWidth ? '100%' : undefined,
  }

  if (me.workspaces.length <= 1) {
    return (
      <div style={style}>
        <WorkspaceLabel name={me.workspace.name} />
      </div>
    )
  }

  const onSelect = (id: string, name: string) => {
    if (id === me.workspace.id) return
    switchWorkspace.mutate(id, {
      onSuccess: () => showSuccess(t('workspaceSwitcher.switched', { name })),
    })
  }

  return (
    <Menu position="bottom-start" width={260} shadow="md">
      <Menu.Target>
        <UnstyledButton style={style} data-testid="workspace-switcher">
          <WorkspaceLabel name={me.workspace.name} />
          <IconSelector size={16} style={{ flexShrink: 0, color: 'var(--mantine-color-dimmed)' }} />
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('workspaceSwitcher.label')}</Menu.Label>
        {me.workspaces.map((ws) => (
          <Menu.Item
            key={ws.id}
            onClick={() => onSelect(ws.id, ws.name)}
            rightSection={ws.id === me.workspace.id ? <IconCheck size={16} /> : null}
            data-testid="workspace-option"
            data-workspace-id={ws.id}
          >
            <Text size="sm">{ws.name}</Text>
            <Text size="xs" c="dimmed">
              {t(`roles.${ws.role}`)}
            </Text>
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  )
}
