import { Navigate, Outlet, useLocation } from 'react-router'
import { useMe } from '../api/hooks/use-me'
import { useUserLocaleSync } from '../i18n/use-user-locale-sync'
import { FullPageError } from './full-page-error'
import { FullPageLoader } from './full-page-loader'

/** Gate for every signed-in page: unauthenticated visitors go to /login?next=… */
export function RequireAuth() {
  const location = useLocation()
  const me = useMe()
  useUserLocaleSync(me.data ?? null)

  if (me.isPending) return <FullPageLoader />
  // A failed background refetch (e.g. server restarting) keeps the last known user on screen.
  if (me.data === undefined)
    return <FullPageError error={me.error} onRetry={() => void me.refetch()} />
  if (!me.data) {
    const next = `${location.pathname}${location.search}${location.hash}`
    const query = next === '/' ? '' : `?next=${encodeURIComponent(next)}`
    return <Navigate to={`/login${query}`} replace />
  }
  return <Outlet />
}
