import {
  MARKETPLACES,
  type Marketplace,
  ORDER_STATUSES,
  type OrderStatus,
} from '../../api/order-types'
import type { OrderFilters } from '../../api/orders'

const isStatus = (v: string | null): v is OrderStatus =>
  v !== null && (ORDER_STATUSES as readonly string[]).includes(v)
const isMarketplace = (v: string | null): v is Marketplace =>
  v !== null && (MARKETPLACES as readonly string[]).includes(v)

/** Reads the list filters from the URL (`?q=&status=&marketplace=&alerts=1&customer=`). */
export function readOrderFilters(params: URLSearchParams): OrderFilters {
  const status = params.get('status')
  const marketplace = params.get('marketplace')
  const q = params.get('q')?.trim()
  return {
    ...(q ? { q } : {}),
    ...(isStatus(status) ? { status } : {}),
    ...(isMarketplace(marketplace) ? { marketplace } : {}),
    ...(params.get('customer') ? { customerId: params.get('customer') as string } : {}),
    ...(params.get('alerts') === '1' ? { hasAlert: true } : {}),
  }
}

/** The query string for `filters`, leaving defaults out so shared links stay short. */
export function orderFiltersSearch(filters: OrderFilters): string {
  const params = new URLSearchParams()
  if (filters.q) params.set('q', filters.q)
  if (filters.status) params.set('status', filters.status)
  if (filters.marketplace) params.set('marketplace', filters.marketplace)
  if (filters.customerId) params.set('customer', filters.customerId)
  if (filters.hasAlert) params.set('alerts', '1')
  const qs = params.toString()
  return qs ? `?${qs}` : ''
}
