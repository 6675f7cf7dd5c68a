import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isApiError } from '../../../api/api-error'
import type { ActionPlan, CaseAction, PlanIssue } from '../../../api/return-types'
import { useConfirmAction, usePreviewAction } from '../../../api/returns'
import { showApiError, showSuccess } from '../../../lib/notify'
import { finalAction } from './available-actions'

/** Why the last confirmation did not go through. */
export type ConfirmProblem = { kind: 'changed' } | { kind: 'refused'; errors: PlanIssue[] } | null

function refusalErrors(error: unknown): PlanIssue[] | null {
  if (!isApiError(error) || error.code !== 'action_not_allowed') return null
  const errors = error.details?.errors
  return Array.isArray(errors) ? (errors as PlanIssue[]) : []
}

/**
 * The draft → preview → confirm cycle of one case: editing the draft drops the preview, confirming
 * sends the previewed version so a case changed meanwhile is refused (409) and previewed again.
 */
export function useActionDraft(caseId: string) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<CaseAction | null>(null)
  const [plan, setPlan] = useState<ActionPlan | null>(null)
  const [problem, setProblem] = useState<ConfirmProblem>(null)
  const preview = usePreviewAction(caseId)
  const confirm = useConfirmAction(caseId)

  const edit = (next: CaseAction | null) => {
    setDraft(next)
    setPlan(null)
    setProblem(null)
    preview.reset()
  }

  const runPreview = () => {
    if (!draft) return
    setProblem(null)
    preview.mutate(finalAction(draft), { onSuccess: setPlan })
  }

  const runConfirm = () => {
    if (!draft || !plan) return
    confirm.mutate(
      { action: finalAction(draft), expectedVersion: plan.version },
      {
        onSuccess: () => {
          showSuccess(t('returns.panel.confirmed', { action: t(`returns.actions.${draft.type}`) }))
          edit(null)
        },
        onError: (error) => {
          setPlan(null)
          if (isApiError(error) && error.code === 'case_changed') setProblem({ kind: 'changed' })
          else {
            const errors = refusalErrors(error)
            if (errors) setProblem({ kind: 'refused', errors })
            else showApiError(error)
          }
        },
      },
    )
  }

  return {
    draft,
    plan,
    problem,
    edit,
    runPreview,
    runConfirm,
    previewing: preview.isPending,
    previewError: preview.error,
    confirming: confirm.isPending,
  }
}

/** The draft state the case page shares between the actions panel and the refunds table. */
export type ActionDraftState = ReturnType<typeof useActionDraft>
