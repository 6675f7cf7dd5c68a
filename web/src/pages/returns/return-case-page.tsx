import { Anchor, Grid, Group, Paper, Stack, Text } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { useReturnCase } from '../../api/returns'
import { ErrorAlert } from '../../components/error-alert'
import { SectionLoader } from '../../components/full-page-loader'
import { IconArrowLeft } from '../../components/inbox-icons'
import { ActionsPanel } from './actions/actions-panel'
import { useActionDraft } from './actions/use-action-draft'
import { CaseFilesCard } from './case/case-files-card'
import { CaseHeader } from './case/case-header'
import { CaseItemsCard } from './case/case-items-card'
import { CaseRefundsCard } from './case/case-refunds-card'
import { CaseTimelineCard } from './case/case-timeline-card'
import { DeadlinePanel } from './case/deadline-panel'
import { useReasonWords } from './common/engine-verdict'

/**
 * `/returns/:caseId`: header with links, the deadlines panel, items, the actions panel (draft →
 * preview → confirm), refunds, files and the timeline. Live `return-cases` events refetch it.
 */
export function ReturnCasePage() {
  const { t } = useTranslation()
  const words = useReasonWords()
  const { caseId = '' } = useParams()
  const query = useReturnCase(caseId)
  const state = useActionDraft(caseId)
  const detail = query.data
  // On phones the timeline goes last, after the actions; beside them on wide screens.
  const wide = useMediaQuery('(min-width: 62em)', true)

  const markDone = (refundId: string) => {
    state.edit({ type: 'mark_refund_done', refundId })
    document.getElementById('case-actions')?.scrollIntoView({ behavior: 'smooth' })
  }

  return (
    <Stack
      gap="md"
      maw={1280}
      data-testid="case-page"
      data-case-id={caseId}
      data-status={detail?.status}
      data-version={detail?.version}
    >
      <Group>
        <Anchor component={Link} to="/returns" size="sm" data-testid="case-back">
          <Group gap={4} wrap="nowrap">
            <IconArrowLeft size={16} />
            {t('returns.case.back')}
          </Group>
        </Anchor>
      </Group>
      {query.isPending && <SectionLoader />}
      {query.isError && <ErrorAlert error={query.error} />}
      {detail && (
        <>
          <CaseHeader detail={detail} />
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 7 }} order={{ base: 2, md: 1 }}>
              <Stack gap="md">
                <ActionsPanel detail={detail} state={state} />
                <CaseItemsCard detail={detail} />
                {detail.description && (
                  <Paper p="md" data-testid="case-description">
                    <Text fw={650} mb={4}>
                      {t('returns.case.descriptionTitle')}
                    </Text>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {detail.description}
                    </Text>
                  </Paper>
                )}
                {detail.refusalJustification && (
                  <Paper p="md" data-testid="case-refusal">
                    <Text fw={650} mb={4}>
                      {t('returns.case.refusal')}
                    </Text>
                    {detail.refusalGrounds.map((ground) => (
                      <Text key={ground} size="sm" c="red.8">
                        {words(ground)}
                      </Text>
                    ))}
                    <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                      {detail.refusalJustification}
                    </Text>
                  </Paper>
                )}
                <CaseRefundsCard detail={detail} onMarkDone={markDone} />
                <CaseFilesCard detail={detail} />
                {!wide && <CaseTimelineCard detail={detail} />}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }} order={{ base: 1, md: 2 }}>
              <Stack gap="md">
                <DeadlinePanel detail={detail} />
                {wide && <CaseTimelineCard detail={detail} />}
              </Stack>
            </Grid.Col>
          </Grid>
        </>
      )}
    </Stack>
  )
}
