import type { FastifyRequest } from 'fastify'
import type { Principal } from '../../modules/identity/principal.js'
import type { WorkspaceScope } from '../db/workspace-transaction.js'
import { unauthenticated } from './errors.js'

/** The request's principal; routes that are not public always have one after authentication. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw unauthenticated()
  return request.principal
}

/** The workspace, actor, IP and request id a service call made for this request runs under. */
export function scopeOf(request: FastifyRequest): WorkspaceScope {
  const principal = principalOf(request)
  return {
    workspaceId: principal.workspaceId,
    actor: principal.actor,
    ip: request.ip,
    requestId: String(request.id),
  }
}
