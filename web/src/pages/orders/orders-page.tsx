import { Button, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import type { OrderFilters } from '../../api/orders'
import { PageHeader } from '../../components/page-header'
import { IconUpload } from './common/order-icons'
import { OrderAlertsStrip } from './order-alerts-strip'
import { orderFiltersSearch, readOrderFilters } from './order-filters'
import { OrdersFilterBar } from './orders-filter-bar'
import { OrdersList } from './orders-list'

/** `/orders`: open alerts, filters kept in the URL, and the list. */
export function OrdersPage() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const filters = readOrderFilters(params)
  const change = (next: OrderFilters) => setParams(orderFiltersSearch(next), { replace: true })

  return (
    <Stack gap="lg" maw={1280} data-testid="orders-page">
      <PageHeader
        order={1}
        title={t('orders.title')}
        description={t('orders.description')}
        actions={
          <Button
            component={Link}
            to="/imports"
            variant="default"
            leftSection={<IconUpload size={16} />}
            data-testid="orders-import"
          >
            {t('orders.import')}
          </Button>
        }
      />
      <OrderAlertsStrip onShowAll={() => change({ ...filters, hasAlert: true })} />
      <OrdersFilterBar filters={filters} onChange={change} />
      <OrdersList filters={filters} />
    </Stack>
  )
}
