import { Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useApiTokens } from '../../api/hooks/use-api-tokens'
import { useCurrentMe } from '../../api/hooks/use-me'
import { useMembers } from '../../api/hooks/use-members'
import { ChecklistItem } from './checklist-item'

/** Next steps, based only on real data: done-marks come from the members and tokens lists. */
export function SetupChecklist() {
  const { t } = useTranslation()
  const { abilities } = useCurrentMe()
  const members = useMembers()
  const tokens = useApiTokens(abilities.manageTokens)

  return (
    <Paper p={{ base: 'lg', sm: 'xl' }} data-testid="setup-checklist">
      <Stack gap="md">
        <div>
          <Title order={2} size="h4">
            {t('home.nextSteps')}
          </Title>
          <Text size="sm" c="dimmed">
            {abilities.manageWorkspace || abilities.manageMembers || abilities.manageTokens
              ? t('home.nextStepsHint')
              : t('home.limitedAccess')}
          </Text>
        </div>
        <Stack gap="xs">
          {abilities.manageWorkspace && (
            <ChecklistItem
              testId="checklist-workspace"
              to="/settings/workspace"
              title={t('home.stepWorkspaceTitle')}
              text={t('home.stepWorkspaceText')}
            />
          )}
          {abilities.manageMembers ? (
            <ChecklistItem
              testId="checklist-invite"
              to="/settings/invitations"
              title={t('home.stepInviteTitle')}
              text={t('home.stepInviteText')}
              done={members.data ? members.data.length > 1 : undefined}
            />
          ) : (
            <ChecklistItem
              testId="checklist-members"
              to="/settings/members"
              title={t('home.stepMembersTitle')}
              text={t('home.stepMembersText')}
            />
          )}
          {abilities.manageTokens && (
            <ChecklistItem
              testId="checklist-api-token"
              to="/settings/api-tokens"
              title={t('home.stepTokenTitle')}
              text={t('home.stepTokenText')}
              done={tokens.data ? tokens.data.length > 0 : undefined}
            />
          )}
        </Stack>
      </Stack>
    </Paper>
  )
}
