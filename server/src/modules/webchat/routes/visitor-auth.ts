import type { FastifyRequest } from 'fastify'
import { systemActor } from '../../../platform/context.js'
import type { WorkspaceScope } from '../../../platform/db/workspace-transaction.js'
import { AppError } from '../../../platform/http/errors.js'
import type { Runtime } from '../../../platform/runtime.js'
import { peekVisitorToken, type VisitorClaims, verifyVisitorToken } from '../rules/visitor-token.js'
import { findWidgetAccount, type WidgetAccount } from '../service/widget-accounts.js'

const refused = (message: string, code = 'invalid_visitor_token') =>
  new AppError(401, code, message)

/** The token from `Authorization: Bearer …`, if any. */
export function bearerToken(request: FastifyRequest): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')
  return match?.[1]
}

/** Checks a visitor token against its widget's secret; 401 naming the problem otherwise. */
export async function authenticateVisitor(
  runtime: Runtime,
  token: string | undefined,
): Promise<{ account: WidgetAccount; visitor: VisitorClaims }> {
  if (!token)
    throw refused(
      'Send the visitor token from POST /widget/v1/sessions as "Authorization: Bearer <token>".',
      'visitor_token_missing',
    )
  const claims = peekVisitorToken(token)
  if (!claims) throw refused('The visitor token is malformed.')
  const account = await findWidgetAccount(runtime, { id: claims.accountId })
  if (!account || account.workspaceId !== claims.workspaceId)
    throw refused('The visitor token belongs to a chat widget that is no longer active.')
  const checked = verifyVisitorToken(account.identitySecret, token)
  if (checked.ok) return { account, visitor: checked.claims }
  if (checked.problem === 'expired')
    throw refused('The visitor token has expired; start a new chat.', 'visitor_token_expired')
  throw refused(
    "The visitor token's signature does not match (altered, or the widget's identity secret changed).",
  )
}

/** The workspace scope visitor requests run under: the widget's workspace, acting as the web chat. */
export function visitorScope(request: FastifyRequest, account: WidgetAccount): WorkspaceScope {
  return {
    workspaceId: account.workspaceId,
    actor: systemActor('Web chat'),
    ip: request.ip,
    requestId: String(request.id),
  }
}
