import { Navigate, Outlet } from 'react-router'
import { useCurrentMe } from '../../api/hooks/use-me'
import type { Abilities } from '../../api/types'

/** Sends the user back to the first settings page when the server says they can't see this one. */
export function SettingsSectionGuard({ ability }: { ability: keyof Abilities }) {
  const { abilities } = useCurrentMe()
  if (!abilities[ability]) return <Navigate to="/settings/workspace" replace />
  return <Outlet />
}
