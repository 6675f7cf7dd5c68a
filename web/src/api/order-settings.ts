import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from './client'
import { useCurrentMe } from './hooks/use-me'
import type { OrderSettings, OrderSettingsInput } from './order-types'
import { orderKeys } from './orders'

/** Alert thresholds, customer notifications, quiet hours, branding and the SMS provider. */
export function useOrderSettings() {
  const wsId = useCurrentMe().workspace.id
  return useQuery({
    queryKey: orderKeys.settings(wsId),
    queryFn: ({ signal }) => api<OrderSettings>('/order-settings', { signal }),
  })
}

/** Saves the order settings (`smsToken` only when the admin typed a new one). */
export function useSaveOrderSettings() {
  const client = useQueryClient()
  const wsId = useCurrentMe().workspace.id
  return useMutation({
    mutationFn: (body: OrderSettingsInput) =>
      api<OrderSettings>('/order-settings', { method: 'PUT', body }),
    onSuccess: (saved) => {
      if (saved) client.setQueryData(orderKeys.settings(wsId), saved)
    },
    onSettled: () => void client.invalidateQueries({ queryKey: orderKeys.settings(wsId) }),
  })
}
