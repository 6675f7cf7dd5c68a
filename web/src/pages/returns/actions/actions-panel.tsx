import { Alert, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CaseDetail } from '../../../api/return-types'
import { ErrorAlert } from '../../../components/error-alert'
import { IconAlert } from '../../../components/icons'
import { ActionFields } from './action-fields'
import { ActionPreview } from './action-preview'
import { availableActions, initialAction } from './available-actions'
import { PlanIssues } from './plan-issues'
import type { ActionDraftState } from './use-action-draft'

/**
 * The case's actions as draft → preview → confirm: a button per action that makes sense now,
 * its form, the preview (money, deadlines, the buyer's e-mail) and only then the confirmation.
 */
export function ActionsPanel({ detail, state }: { detail: CaseDetail; state: ActionDraftState }) {
  const { t } = useTranslation()
  const actions = availableActions(detail)
  const { draft, plan, problem } = state

  return (
    <Paper p="md" id="case-actions" data-testid="case-actions">
      <Stack gap="sm">
        <Stack gap={2}>
          <Text fw={650}>{t('returns.panel.title')}</Text>
          <Text size="xs" c="dimmed">
            {t('returns.panel.hint')}
          </Text>
        </Stack>
        {actions.length === 0 && !draft && (
          <Text size="sm" c="dimmed" data-testid="case-no-actions">
            {t('returns.panel.noActions')}
          </Text>
        )}
        <Group gap={6} wrap="wrap">
          {actions.map((type) => (
            <Button
              key={type}
              size="xs"
              variant={draft?.type === type ? 'filled' : 'light'}
              color={type === 'refuse' ? 'red' : type === 'accept' ? 'teal' : undefined}
              onClick={() => state.edit(initialAction(type, detail))}
              data-testid="case-action"
              data-action={type}
            >
              {t(`returns.actions.${type}`)}
            </Button>
          ))}
        </Group>
        {draft && (
          <Stack
            gap="sm"
            p="sm"
            style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}
            data-testid="action-form"
            data-action={draft.type}
          >
            <Text fw={600} size="sm">
              {t(`returns.actions.${draft.type}`)}
            </Text>
            <ActionFields detail={detail} action={draft} onChange={state.edit} />
            <Textarea
              label={t('returns.panel.note')}
              value={draft.note ?? ''}
              onChange={(e) => state.edit({ ...draft, note: e.currentTarget.value })}
              autosize
              minRows={1}
              maxRows={4}
              maxLength={2000}
              data-testid="action-note"
            />
            {problem?.kind === 'changed' && (
              <Alert
                color="orange"
                variant="light"
                icon={<IconAlert size={16} />}
                data-testid="action-changed"
              >
                {t('returns.panel.changed')}
              </Alert>
            )}
            {problem?.kind === 'refused' && <PlanIssues issues={problem.errors} kind="errors" />}
            {state.previewError && <ErrorAlert error={state.previewError} />}
            {plan && <ActionPreview plan={plan} />}
            <Group justify="flex-end" gap="sm">
              <Button
                variant="subtle"
                color="gray"
                onClick={() => state.edit(null)}
                data-testid="action-cancel"
              >
                {t('returns.panel.cancel')}
              </Button>
              <Button
                variant="default"
                onClick={state.runPreview}
                loading={state.previewing}
                data-testid="action-preview-button"
              >
                {t('returns.panel.preview')}
              </Button>
              <Button
                onClick={state.runConfirm}
                disabled={!plan?.ok}
                loading={state.confirming}
                data-testid="action-confirm"
              >
                {t('returns.panel.confirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  )
}
