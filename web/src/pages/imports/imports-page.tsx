import { Alert, Grid, Stack, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { useCurrentMe } from '../../api/hooks/use-me'
import type { ImportKind } from '../../api/import-types'
import { PageHeader } from '../../components/page-header'
import { ImportFormatHelp } from './import-format-help'
import { ImportProgressCard } from './import-progress-card'
import { ImportRunsTable } from './import-runs-table'
import { ImportUploadForm } from './import-upload-form'

/** `/imports`: upload a CSV of orders or products, watch it run, see past runs and their errors. */
export function ImportsPage() {
  const { t } = useTranslation()
  const { abilities } = useCurrentMe()
  const [params, setParams] = useSearchParams()
  const kind: ImportKind = params.get('kind') === 'products' ? 'products' : 'orders'
  const runId = params.get('run')
  const set = (next: { kind?: ImportKind; run?: string | null }) => {
    const search = new URLSearchParams(params)
    if (next.kind) search.set('kind', next.kind)
    if (next.run !== undefined) {
      if (next.run) search.set('run', next.run)
      else search.delete('run')
    }
    setParams(search, { replace: true })
  }

  return (
    <Stack gap="lg" maw={1280} data-testid="imports-page">
      <PageHeader order={1} title={t('imports.title')} description={t('imports.description')} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            {abilities.manageWorkspace ? (
              <ImportUploadForm
                kind={kind}
                onKindChange={(k) => set({ kind: k })}
                onStarted={(id) => set({ run: id })}
              />
            ) : (
              <Alert variant="light" color="gray" data-testid="imports-read-only">
                {t('imports.adminOnly')}
              </Alert>
            )}
            {runId && <ImportProgressCard key={runId} runId={runId} />}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <ImportFormatHelp kind={kind} />
        </Grid.Col>
      </Grid>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('imports.historyTitle')}
        </Title>
        <ImportRunsTable selectedId={runId} onSelect={(id) => set({ run: id })} />
      </Stack>
    </Stack>
  )
}
