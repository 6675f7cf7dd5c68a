import type { FastifyInstance } from 'fastify'
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client'
import type { Runtime } from '../runtime.js'

/** Registers Prometheus metrics (HTTP latency, job counts, DB pool), served at /metrics. */
export function registerMetrics(app: FastifyInstance, runtime: Runtime): void {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry, prefix: 'aftersale_' })
  const duration = new Histogram({
    name: 'aftersale_http_request_duration_seconds',
    help: 'HTTP request latency by route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  })
  const errors = new Counter({
    name: 'aftersale_http_server_errors_total',
    help: 'Responses with a 5xx status',
    labelNames: ['route'],
    registers: [registry],
  })
  new Gauge({
    name: 'aftersale_jobs',
    help: 'Jobs in the queue by queue and state',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      this.reset()
      for (const row of await runtime.jobs.counts().catch(() => [])) {
        this.set({ queue: row.queue, state: row.state }, row.count)
      }
    },
  })
  new Gauge({
    name: 'aftersale_db_pool_connections',
    help: 'Database pool connections by state',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const { pool } = runtime.database
      this.set({ state: 'total' }, pool.totalCount)
      this.set({ state: 'idle' }, pool.idleCount)
      this.set({ state: 'waiting' }, pool.waitingCount)
    },
  })
  // Label lookups hash their label sets; keep one child per method, route and status instead.
  const durationSeries = new Map<string, ReturnType<typeof duration.labels>>()
  app.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched'
    const status = reply.statusCode
    const ms = reply.elapsedTime
    const key = `${request.method} ${route} ${status}`
    let series = durationSeries.get(key)
    if (!series) {
      series = duration.labels(request.method, route, String(status))
      durationSeries.set(key, series)
    }
    series.observe(ms / 1000)
    if (status >= 500) errors.inc({ route })
    done()
  })
  app.get(
    '/metrics',
    { config: { public: true, tenancyExempt: 'operational' }, schema: { hide: true } },
    async (_request, reply) => {
      reply.header('content-type', registry.contentType)
      return registry.metrics()
    },
  )
}
