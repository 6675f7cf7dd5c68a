import type { FastifyRequest } from 'fastify'
import type { ServiceContext } from '../../../platform/context.js'
import type { Runtime } from '../../../platform/runtime.js'
import {
  normalizeTrackingToken,
  trackingScope,
  workspaceOfTrackingToken,
} from '../../orders/index.js'
import { loadPortalOrder, type PortalOrder } from './load-order.js'

/** An order found by its tracking token, with the workspace its requests run in. */
export interface OpenedPortalOrder {
  token: string
  workspaceId: string
  order: PortalOrder
}

/**
 * Finds the order behind a tracking token the way the tracking page does: a malformed token
 * costs no query; the token's workspace is found, then everything is read under its row-level security.
 */
export async function openPortalOrder(
  runtime: Runtime,
  request: FastifyRequest,
  rawToken: string,
): Promise<OpenedPortalOrder | null> {
  const token = normalizeTrackingToken(rawToken)
  if (!token) return null
  const workspaceId = await workspaceOfTrackingToken(runtime, token)
  if (!workspaceId) return null
  const order = await runtime.inWorkspace(trackingScope(request, workspaceId), (ctx) =>
    loadPortalOrder(ctx, token),
  )
  return order ? { token, workspaceId, order } : null
}

/** Runs `work` in the order's workspace, acting as the returns portal. */
export function inOrderWorkspace<T>(
  runtime: Runtime,
  request: FastifyRequest,
  opened: OpenedPortalOrder,
  work: (ctx: ServiceContext) => Promise<T>,
): Promise<T> {
  return runtime.inWorkspace(trackingScope(request, opened.workspaceId), work)
}
