import { type FastifyReply, type FastifyRequest, LogController } from 'fastify'

// Probes and scrapes would drown the access log.
const QUIET_ROUTES = new Set(['/healthz', '/readyz', '/metrics'])

/** Writes one access-log line per finished request (method, URL, status, milliseconds) instead of Fastify's two. */
export class AccessLogController extends LogController {
  constructor() {
    super({ disableRequestLogging: false })
  }

  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    if (QUIET_ROUTES.has(request.routeOptions.url ?? '')) return
    const line = {
      method: request.method,
      url: request.url,
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
    }
    if (error) request.log.error({ ...line, err: error }, 'request failed')
    else request.log.info(line, 'request')
  }
}
