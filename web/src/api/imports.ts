import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { ApiError } from './api-error'
import { API_BASE, api, readCookie } from './client'
import { useCurrentMe } from './hooks/use-me'
import type { ImportKind, ImportRun } from './import-types'
import type { Page } from './types'

/** While a run is going, its progress is polled this often (and refreshed on `import-progress`). */
const POLL_MS = 1_000

/** Query keys of CSV imports; all under `['ws', id, 'imports']`. */
export const importKeys = {
  all: (ws: string) => ['ws', ws, 'imports'] as const,
  runs: (ws: string) => ['ws', ws, 'imports', 'runs'] as const,
  run: (ws: string, id: string) => ['ws', ws, 'imports', 'run', id] as const,
}

/**
 * Sends the file as the raw request body with `Content-Type: text/csv` (the shared client
 * only sends JSON or octet-stream), keeping its CSRF header and error shape.
 */
async function uploadCsv(kind: ImportKind, file: File): Promise<{ runId: string }> {
  const params = new URLSearchParams({ kind, fileName: file.name })
  const csrf = readCookie('aftersale_csrf')
  let response: Response
  try {
    response = await fetch(`${API_BASE}/imports?${params}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        'content-type': 'text/csv',
        ...(csrf ? { 'x-csrf-token': csrf } : {}),
      },
      body: file,
    })
  } catch {
    throw new ApiError(0, 'network_error', 'Network error')
  }
  const payload = (await response.json().catch(() => null)) as {
    runId?: string
    error?: { code?: string; message?: string; details?: Record<string, unknown> }
  } | null
  if (!response.ok) {
    const error = payload?.error
    throw new ApiError(
      response.status,
      error?.code ?? 'http_error',
      error?.message ?? `HTTP ${response.status}`,
      error?.details ?? null,
    )
  }
  return { runId: payload?.runId ?? '' }
}

/** Starts an import of orders or products from a CSV file; answers the run id at once. */
export function useStartImport() {
  const client = useQueryClient()
  const wsId = useCurrentMe().workspace.id
  return useMutation({
    mutationFn: ({ kind, file }: { kind: ImportKind; file: File }) => uploadCsv(kind, file),
    onSettled: () => void client.invalidateQueries({ queryKey: importKeys.runs(wsId) }),
  })
}

/** Recent import runs, newest first; polled while one is still running. */
export function useImportRuns() {
  const wsId = useCurrentMe().workspace.id
  return useQuery({
    queryKey: importKeys.runs(wsId),
    queryFn: ({ signal }) => api<Page<ImportRun>>('/imports', { signal }),
    select: (page) => page.items,
    refetchInterval: (query) =>
      query.state.data?.items.some((run) => run.status === 'running') ? POLL_MS : false,
  })
}

/** One run with its progress and row errors; polled every second until it ends. */
export function useImportRun(id: string | null) {
  const wsId = useCurrentMe().workspace.id
  return useQuery({
    queryKey: importKeys.run(wsId, id ?? ''),
    queryFn: ({ signal }) => api<ImportRun>(`/imports/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data?.status === 'running' ? POLL_MS : false),
  })
}

/** Where the browser downloads a run's rejected rows as CSV. */
export function importErrorsUrl(id: string): string {
  return `${API_BASE}/imports/${encodeURIComponent(id)}/errors.csv`
}
