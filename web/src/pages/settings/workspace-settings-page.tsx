import { Alert, Paper, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useCurrentMe } from '../../api/hooks/use-me'
import { useWorkspace } from '../../api/hooks/use-workspace'
import { ErrorAlert } from '../../components/error-alert'
import { SectionLoader } from '../../components/full-page-loader'
import { PageHeader } from '../../components/page-header'
import { WorkspaceForm } from './workspace-form'

export function WorkspaceSettingsPage() {
  const { t } = useTranslation()
  const { abilities } = useCurrentMe()
  const workspace = useWorkspace()

  return (
    <Stack gap="md">
      <PageHeader
        title={t('workspaceSettings.title')}
        description={t('workspaceSettings.description')}
      />
      {!abilities.manageWorkspace && (
        <Alert variant="light" color="gray" data-testid="workspace-read-only">
          <Text size="sm">{t('workspaceSettings.readOnly')}</Text>
        </Alert>
      )}
      <Paper p={{ base: 'md', sm: 'xl' }} maw={640}>
        {workspace.isPending && <SectionLoader />}
        {workspace.isError && <ErrorAlert error={workspace.error} />}
        {workspace.data && (
          <WorkspaceForm
            key={workspace.data.id}
            workspace={workspace.data}
            editable={abilities.manageWorkspace}
          />
        )}
      </Paper>
    </Stack>
  )
}
