import { Button, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import type { CaseFilters } from '../../api/returns'
import { IconPlus } from '../../components/inbox-icons'
import { PageHeader } from '../../components/page-header'
import { useNow } from '../../lib/use-now'
import { warsawToday } from './common/running-deadline'
import { readCaseFilters, writeCaseFilters } from './list/case-filters'
import { DeadlineChart } from './list/deadline-chart'
import { ReturnsFilterBar } from './list/returns-filter-bar'
import { ReturnsList } from './list/returns-list'
import { NewCaseDrawer } from './new-case/new-case-drawer'

const DRAWER_PARAMS = ['new', 'orderId', 'conversationId']

/**
 * `/returns`: the deadline chart, view tabs, filters kept in the URL, the cases list, and the
 * new-case drawer (`?new=1&orderId=&conversationId=` opens it prefilled from other pages).
 */
export function ReturnsPage() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const filters = readCaseFilters(params)
  const today = warsawToday(useNow(60_000))
  const change = (next: CaseFilters) => setParams(writeCaseFilters(params, next), { replace: true })
  const setDrawer = (open: boolean) => {
    const next = new URLSearchParams(params)
    for (const key of DRAWER_PARAMS) next.delete(key)
    if (open) next.set('new', '1')
    setParams(next, { replace: true })
  }

  return (
    <Stack gap="lg" maw={1280} data-testid="returns-page">
      <PageHeader
        order={1}
        title={t('returns.title')}
        description={t('returns.description')}
        actions={
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setDrawer(true)}
            data-testid="new-case-button"
          >
            {t('returns.newCaseButton')}
          </Button>
        }
      />
      <DeadlineChart today={today} />
      <ReturnsFilterBar filters={filters} onChange={change} />
      <ReturnsList filters={filters} today={today} />
      <NewCaseDrawer
        opened={params.get('new') === '1'}
        onClose={() => setDrawer(false)}
        orderId={params.get('orderId')}
        conversationId={params.get('conversationId')}
      />
    </Stack>
  )
}
