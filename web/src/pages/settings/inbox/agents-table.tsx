import { Paper, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useAgents } from '../../../api/hooks/use-agents'
import { useCurrentMe } from '../../../api/hooks/use-me'
import { ErrorAlert } from '../../../components/error-alert'
import { SectionLoader } from '../../../components/full-page-loader'
import { AgentRow } from './agent-row'

/** Agents with capacity (max open conversations for load-based assignment) and availability. */
export function AgentsTable({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation()
  const me = useCurrentMe()
  const agents = useAgents()
  return (
    <Paper p={0} style={{ overflow: 'hidden' }}>
      {agents.isPending && <SectionLoader />}
      {agents.isError && <ErrorAlert error={agents.error} />}
      {agents.data && (
        <Table.ScrollContainer minWidth={480} type="native">
          <Table data-testid="agents-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('agents.person')}</Table.Th>
                <Table.Th visibleFrom="sm">{t('members.role')}</Table.Th>
                <Table.Th>{t('agents.open')}</Table.Th>
                <Table.Th>{t('agents.capacity')}</Table.Th>
                <Table.Th>{t('agents.available')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {agents.data.map((agent) => (
                <AgentRow
                  key={agent.userId}
                  agent={agent}
                  canManage={canManage}
                  isMe={agent.userId === me.user.id}
                />
              ))}
            </Table.Tbody>
          </Table>
          {agents.data.length === 0 && (
            <Text c="dimmed" ta="center" p="lg" size="sm">
              {t('agents.empty')}
            </Text>
          )}
        </Table.ScrollContainer>
      )}
    </Paper>
  )
}
