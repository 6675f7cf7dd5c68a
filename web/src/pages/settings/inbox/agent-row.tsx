import { Badge, Group, NumberInput, Stack, Switch, Table, Text, Tooltip } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useUpdateAgent } from '../../../api/hooks/use-agents'
import type { Agent } from '../../../api/inbox-types'
import { RoleBadge } from '../../../components/role-badge'

interface AgentRowProps {
  agent: Agent
  canManage: boolean
  isMe: boolean
}

/** An agent's capacity (admins) and availability (admins or the agent), with online state and load. */
export function AgentRow({ agent, canManage, isMe }: AgentRowProps) {
  const { t } = useTranslation()
  const update = useUpdateAgent()
  const [capacity, setCapacity] = useState<number | ''>(agent.capacity ?? '')
  const saveCapacity = () => {
    const next = capacity === '' ? null : capacity
    if (next !== agent.capacity) update.mutate({ userId: agent.userId, capacity: next })
  }

  return (
    <Table.Tr
      data-testid="agent-row"
      data-user-id={agent.userId}
      data-available={agent.available ? 'true' : 'false'}
    >
      <Table.Td>
        <Stack gap={0}>
          <Group gap={6} wrap="nowrap">
            <Tooltip label={agent.online ? t('agents.online') : t('agents.offline')}>
              <span
                className="as-dot"
                data-online={agent.online ? 'true' : 'false'}
                data-testid="agent-online"
              />
            </Tooltip>
            <Text size="sm" fw={600}>
              {agent.name || agent.email}{' '}
              {isMe && (
                <Text span c="dimmed" size="sm" fw={400}>
                  {t('common.you')}
                </Text>
              )}
            </Text>
          </Group>
          <Text size="xs" c="dimmed">
            {agent.email}
          </Text>
        </Stack>
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <RoleBadge role={agent.role} />
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color="gray" data-testid="agent-open-count">
          {agent.openCount}
        </Badge>
      </Table.Td>
      <Table.Td>
        <NumberInput
          size="xs"
          w={100}
          value={capacity}
          onChange={(v) => setCapacity(typeof v === 'number' ? v : '')}
          onBlur={saveCapacity}
          onKeyDown={(e) => e.key === 'Enter' && saveCapacity()}
          min={0}
          max={1000}
          allowDecimal={false}
          placeholder="∞"
          disabled={!canManage}
          aria-label={t('agents.capacity')}
          data-testid="agent-capacity"
        />
      </Table.Td>
      <Table.Td>
        <Switch
          checked={
            update.isPending && update.variables?.available !== undefined
              ? update.variables.available
              : agent.available
          }
          onChange={(e) =>
            update.mutate({ userId: agent.userId, available: e.currentTarget.checked })
          }
          disabled={!(canManage || isMe)}
          aria-label={t('agents.available')}
          data-testid="agent-available"
        />
      </Table.Td>
    </Table.Tr>
  )
}
