import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query'
import { api } from './client'
import { useCurrentMe } from './hooks/use-me'
import type {
  AddedShipment,
  CarrierCode,
  Marketplace,
  OpenOrderAlert,
  OrderContext,
  OrderDetail,
  OrderPage,
  OrderStatus,
} from './order-types'
import type { Page } from './types'

const PAGE_SIZE = 50

/** Query keys of the orders module; all under `['ws', id, 'orders']` so one prefix refreshes them. */
export const orderKeys = {
  all: (ws: string) => ['ws', ws, 'orders'] as const,
  list: (ws: string, filters: object) => ['ws', ws, 'orders', 'list', filters] as const,
  detail: (ws: string, id: string) => ['ws', ws, 'orders', 'detail', id] as const,
  alerts: (ws: string) => ['ws', ws, 'orders', 'alerts'] as const,
  settings: (ws: string) => ['ws', ws, 'orders', 'settings'] as const,
  context: (ws: string, conversationId: string) =>
    ['ws', ws, 'orders', 'context', conversationId] as const,
}

/** What the orders list shows; each field is a `GET /orders` query parameter. */
export interface OrderFilters {
  q?: string
  status?: OrderStatus
  marketplace?: Marketplace
  customerId?: string
  hasAlert?: boolean
}

/** The orders list, newest first, paged with `nextCursor`. */
export function useOrders(filters: OrderFilters) {
  const wsId = useCurrentMe().workspace.id
  return useInfiniteQuery({
    queryKey: orderKeys.list(wsId, filters),
    queryFn: ({ pageParam, signal }) =>
      api<OrderPage>('/orders', {
        query: {
          ...filters,
          hasAlert: filters.hasAlert ? 'true' : undefined,
          limit: PAGE_SIZE,
          cursor: pageParam,
        },
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  })
}

/** One order with items, shipments, timeline, notifications, alerts and conversations. */
export function useOrder(id: string) {
  const wsId = useCurrentMe().workspace.id
  return useQuery({
    queryKey: orderKeys.detail(wsId, id),
    queryFn: ({ signal }) => api<OrderDetail>(`/orders/${encodeURIComponent(id)}`, { signal }),
  })
}

/** Adds a tracking number to an order; the server recognises the carrier when none is given. */
export function useAddShipment(orderId: string) {
  const client = useQueryClient()
  const wsId = useCurrentMe().workspace.id
  return useMutation({
    mutationFn: (body: { trackingNumber: string; carrier?: CarrierCode }) =>
      api<AddedShipment>(`/orders/${encodeURIComponent(orderId)}/shipments`, {
        method: 'POST',
        body,
      }),
    onSettled: () => void client.invalidateQueries({ queryKey: orderKeys.all(wsId) }),
  })
}

/** Open order alerts of the workspace (late dispatch, silent parcels, carrier problems). */
export function useOrderAlerts() {
  const wsId = useCurrentMe().workspace.id
  return useQuery({
    queryKey: orderKeys.alerts(wsId),
    queryFn: ({ signal }) => api<Page<OpenOrderAlert>>('/order-alerts', { signal }),
    select: (page) => page.items,
  })
}

/** Marks an order alert as dealt with. */
export function useResolveOrderAlert() {
  const client = useQueryClient()
  const wsId = useCurrentMe().workspace.id
  return useMutation({
    mutationFn: (alertId: string) =>
      api<unknown>(`/order-alerts/${encodeURIComponent(alertId)}/resolve`, { method: 'POST' }),
    onSettled: () => void client.invalidateQueries({ queryKey: orderKeys.all(wsId) }),
  })
}

/** The customer and orders beside a conversation (its linked order first). */
export function useOrderContext(conversationId: string) {
  const wsId = useCurrentMe().workspace.id
  return useQuery({
    queryKey: orderKeys.context(wsId, conversationId),
    queryFn: ({ signal }) =>
      api<OrderContext>(`/conversations/${encodeURIComponent(conversationId)}/order-context`, {
        signal,
      }),
  })
}
