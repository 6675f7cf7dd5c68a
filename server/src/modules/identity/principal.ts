import type { Actor } from '../../platform/context.js'
import type { Role } from './rules/roles.js'

/** The authenticated caller of a request: a browser session or an API token, bound to one workspace. */
export interface Principal {
  kind: 'session' | 'api_token'
  /** Session id or API-token id. */
  credentialId: string
  /** The signed-in user, or the user who created the API token. */
  userId: string | null
  workspaceId: string
  role: Role
  actor: Actor
  /** Expected x-csrf-token for cookie-authenticated writes; null for API tokens. */
  csrfToken: string | null
}
