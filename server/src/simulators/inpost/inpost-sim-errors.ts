import type { FastifyReply } from 'fastify'

/** ShipX error keys the simulator answers with (ShipX API docs, "Errors"). */
const ERROR_KEYS: Record<number, string> = {
  400: 'validation_failed',
  401: 'token_invalid',
  403: 'access_forbidden',
  404: 'resource_not_found',
  429: 'too_many_requests',
  500: 'internal_server_error',
  502: 'bad_gateway',
  503: 'service_unavailable',
  504: 'gateway_timeout',
}

/** A request the simulator refuses; the plugin's error handler renders it in ShipX's shape. */
export class InpostSimRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message)
    this.name = 'InpostSimRequestError'
  }
}

/**
 * Answers with ShipX's error object `{ status, error, message, details }`. The docs name
 * resource_not_found, validation_failed and token_invalid; the keys for 429 and 5xx are ours,
 * since ShipX documents none.
 */
export function sendShipxError(
  reply: FastifyReply,
  status: number,
  message: string,
  details: Record<string, unknown> = {},
) {
  const error = ERROR_KEYS[status] ?? (status >= 500 ? 'internal_server_error' : 'bad_request')
  return reply.code(status).type('application/json').send({ status, error, message, details })
}
