import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from './client'
import type {
  ConsentPurpose,
  ConsentRecord,
  CustomerChange,
  CustomerNote,
  CustomerProfile,
} from './customer-types'
import { customerKeys } from './customers'
import { useCurrentMe } from './hooks/use-me'
import type { TagRef } from './inbox-types'
import { orderKeys } from './orders'

const path = (id: string, rest = '') => `/customers/${encodeURIComponent(id)}${rest}`

/** Every change to a customer refreshes the CRM and the order panels that show the customer. */
function useCustomerMutation<TBody, TResult>(
  request: (body: TBody) => Promise<TResult>,
  options: { alsoOrders?: boolean } = {},
) {
  const client = useQueryClient()
  const wsId = useCurrentMe().workspace.id
  return useMutation({
    mutationFn: request,
    onSettled: () => {
      void client.invalidateQueries({ queryKey: customerKeys.all(wsId) })
      if (options.alsoOrders) void client.invalidateQueries({ queryKey: orderKeys.all(wsId) })
    },
  })
}

/** Changes contact details, language or attributes. */
export function useUpdateCustomer(id: string) {
  return useCustomerMutation((body: CustomerChange) =>
    api<CustomerProfile>(path(id), { method: 'PATCH', body }),
  )
}

/** Adds an internal note. */
export function useAddCustomerNote(id: string) {
  return useCustomerMutation((text: string) =>
    api<CustomerNote>(path(id, '/notes'), { method: 'POST', body: { text } }),
  )
}

/** Replaces the customer's tags (new names are created). */
export function useSetCustomerTags(id: string) {
  return useCustomerMutation((names: string[]) =>
    api<unknown>(path(id, '/tags'), { method: 'PUT', body: { tags: names } }),
  )
}

/** Records a consent choice (a withdrawal is a new record with `granted: false`). */
export function useRecordConsent(id: string) {
  return useCustomerMutation(
    (body: { purpose: ConsentPurpose; granted: boolean; source: string }) =>
      api<ConsentRecord>(path(id, '/consents'), { method: 'POST', body }),
  )
}

/** Merges `sourceId` into this customer. */
export function useMergeCustomer(id: string) {
  return useCustomerMutation(
    (sourceId: string) => api<unknown>(path(id, '/merge'), { method: 'POST', body: { sourceId } }),
    { alsoOrders: true },
  )
}

/** Undoes a merge. */
export function useUnmergeCustomer() {
  return useCustomerMutation(
    (mergeId: string) =>
      api<unknown>(`/customers/merges/${encodeURIComponent(mergeId)}/unmerge`, { method: 'POST' }),
    { alsoOrders: true },
  )
}

/** Erases the customer's personal data (GDPR art. 17); `confirm` is the customer's name. */
export function useEraseCustomer(id: string) {
  return useCustomerMutation(
    (confirm: string) => api<unknown>(path(id, '/erase'), { method: 'POST', body: { confirm } }),
    { alsoOrders: true },
  )
}

/** Export links (the browser downloads them with the session cookie). */
export function customerExportUrl(id: string, format: 'json' | 'html', lang: 'pl' | 'en'): string {
  return `/api/v1${path(id, `/export?format=${format}&lang=${lang}`)}`
}

/** Tag names of a profile, for the tags editor. */
export const tagNames = (tags: TagRef[]) => tags.map((tag) => tag.name)
