import { Alert, List } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { PlanIssue } from '../../../api/return-types'
import { IconAlert } from '../../../components/icons'

/** Errors (they block confirming) or warnings of a plan, in words (`plan-errors` / `plan-warnings`). */
export function PlanIssues({ issues, kind }: { issues: PlanIssue[]; kind: 'errors' | 'warnings' }) {
  const { t } = useTranslation()
  if (issues.length === 0) return null
  return (
    <Alert
      color={kind === 'errors' ? 'red' : 'orange'}
      variant="light"
      icon={<IconAlert size={16} />}
      title={t(`returns.panel.${kind}`)}
      data-testid={`plan-${kind}`}
    >
      <List size="sm" spacing={2}>
        {issues.map((issue) => (
          <List.Item key={`${issue.code}|${issue.field ?? ''}`} data-code={issue.code}>
            {t(`returns.issues.${issue.code as 'no_items'}`, { defaultValue: issue.message })}
          </List.Item>
        ))}
      </List>
    </Alert>
  )
}
