import { CASE_KINDS, CASE_VIEWS, type CaseKind, type CaseView } from '../../../api/return-types'
import type { CaseFilters } from '../../../api/returns'

const isView = (v: string | null): v is CaseView =>
  v !== null && (CASE_VIEWS as readonly string[]).includes(v)
const isKind = (v: string | null): v is CaseKind =>
  v !== null && (CASE_KINDS as readonly string[]).includes(v)

/** Reads the list filters from the URL (`?view=&kind=&q=`); open cases by default. */
export function readCaseFilters(params: URLSearchParams): CaseFilters {
  const view = params.get('view')
  const kind = params.get('kind')
  const q = params.get('q')?.trim()
  return {
    view: isView(view) ? view : 'open',
    ...(isKind(kind) ? { kind } : {}),
    ...(q ? { q } : {}),
  }
}

/** Writes the filters into the URL, keeping other parameters (the new-case drawer's). */
export function writeCaseFilters(params: URLSearchParams, filters: CaseFilters): URLSearchParams {
  const next = new URLSearchParams(params)
  for (const key of ['view', 'kind', 'q']) next.delete(key)
  if (filters.view !== 'open') next.set('view', filters.view)
  if (filters.kind) next.set('kind', filters.kind)
  if (filters.q) next.set('q', filters.q)
  return next
}
