import { Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { PageHeader } from '../../components/page-header'
import {
  type CustomerListState,
  customerStateSearch,
  readCustomerState,
  toggleSegment,
  visibleFilterOf,
} from './customer-filters'
import { CustomersFilterBar } from './customers-filter-bar'
import { CustomersList } from './customers-list'
import { SavedFiltersBar } from './saved-filters-bar'
import { SegmentChart } from './segment-chart'

/**
 * `/customers`: segment chart, filters and saved filters (kept in the URL), and the list. Changing
 * a filter by hand leaves the saved filter, so what the controls show is what is applied.
 */
export function CustomersPage() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const state = readCustomerState(params)
  const change = (next: CustomerListState) =>
    setParams(customerStateSearch(next), { replace: true })

  return (
    <Stack gap="lg" maw={1280} data-testid="customers-page">
      <PageHeader order={1} title={t('customers.title')} description={t('customers.description')} />
      <SegmentChart
        selected={state.filter.segments ?? []}
        onToggle={(segment) => change({ filter: toggleSegment(state.filter, segment) })}
      />
      <Stack gap="sm">
        <CustomersFilterBar
          key={state.savedFilterId ?? 'none'}
          filter={state.filter}
          onChange={(filter) => change({ filter })}
        />
        <SavedFiltersBar
          filter={state.filter}
          activeId={state.savedFilterId}
          onApply={(saved) =>
            change(
              saved
                ? { filter: visibleFilterOf(saved.filter), savedFilterId: saved.id }
                : { filter: {} },
            )
          }
        />
      </Stack>
      <CustomersList state={state} />
    </Stack>
  )
}
