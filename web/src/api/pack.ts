import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { currentLocale } from '../i18n'
import { ApiError } from './api-error'
import { API_BASE, api, readCookie } from './client'
import { useCurrentMe } from './hooks/use-me'
import { orderKeys } from './orders'

/** The order found by a pack-station scan. */
export interface PackLookup {
  order: {
    id: string
    number: string
    externalId: string
    marketplace: string
    status: string
    buyerName: string | null
    items: { sku: string | null; name: string; quantity: number }[]
  }
  checklist: string[]
  previousChecks: number
  lastPackedAt: string | null
}

/** A stored parcel photo. */
export interface PackPhoto {
  id: string
  contentType: string
  size: number
  createdAt: string
  url: string
}

/** One recorded pack check. */
export interface PackCheck {
  id: string
  checklist: { item: string; checked: boolean }[]
  note: string | null
  packedAt: string
  packedBy: string | null
  packedByName: string | null
  photos: PackPhoto[]
}

/** What `POST /orders/:id/pack-checks` answers. */
export interface RecordedPackCheck {
  id: string
  packedAt: string
  photosAttached: number
  warnings: string[]
}

const packKeys = {
  checks: (ws: string, orderId: string) => [...orderKeys.all(ws), 'pack-checks', orderId] as const,
}

/** Finds the order to pack by what was scanned or typed. */
export function lookupOrderToPack(q: string, signal?: AbortSignal) {
  return api<PackLookup>('/pack/lookup', { query: { q, lang: currentLocale() }, signal })
}

/** Records the ticked checklist and links the photos taken for it. */
export function useSavePackCheck(orderId: string) {
  const client = useQueryClient()
  const wsId = useCurrentMe().workspace.id
  return useMutation({
    mutationFn: (body: {
      checklist: { item: string; checked: boolean }[]
      note?: string
      photoIds: string[]
    }) => api<RecordedPackCheck>(`/orders/${orderId}/pack-checks`, { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: packKeys.checks(wsId, orderId) }),
  })
}

/** The order's pack checks with photos, for the order page. */
export function usePackChecks(orderId: string) {
  const wsId = useCurrentMe().workspace.id
  return useQuery({
    queryKey: packKeys.checks(wsId, orderId),
    queryFn: ({ signal }) =>
      api<{ checks: PackCheck[]; loosePhotos: PackPhoto[] }>(`/orders/${orderId}/pack-checks`, {
        signal,
      }),
  })
}

/** The evidence PDF's address, in the interface language. */
export function evidencePdfUrl(orderId: string): string {
  return `${API_BASE}/orders/${orderId}/evidence.pdf?lang=${currentLocale()}`
}

/** The address a stored photo is served from (server paths already include /api/v1). */
export const photoSrc = (photo: PackPhoto) => photo.url

/**
 * Uploads one photo as a raw body. XMLHttpRequest rather than fetch: only it reports upload
 * progress, which the packer sees on slow warehouse Wi-Fi.
 */
export function uploadPackPhoto(
  orderId: string,
  photo: Blob,
  onProgress: (fraction: number) => void,
): Promise<PackPhoto> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest()
    request.open('POST', `${API_BASE}/orders/${orderId}/pack-photos`)
    request.setRequestHeader('content-type', photo.type || 'image/jpeg')
    request.setRequestHeader('accept', 'application/json')
    const csrf = readCookie('aftersale_csrf')
    if (csrf) request.setRequestHeader('x-csrf-token', csrf)
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total)
    }
    request.onerror = () => reject(new ApiError(0, 'network_error', 'Network error'))
    request.onload = () => {
      const payload = parse(request.responseText)
      if (request.status >= 200 && request.status < 300) return resolve(payload as PackPhoto)
      const error = (payload as { error?: { code?: string; message?: string } } | null)?.error
      reject(
        new ApiError(
          request.status,
          error?.code ?? 'http_error',
          error?.message ?? `HTTP ${request.status}`,
        ),
      )
    }
    request.send(photo)
  })
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
