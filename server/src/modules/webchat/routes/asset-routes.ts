import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { AppError } from '../../../platform/http/errors.js'
import type { Runtime } from '../../../platform/runtime.js'
// Not on identity's index yet; the name is how seeding recognises the demo workspace.
import { DEMO_WORKSPACE } from '../../identity/index.js'
import { findWidgetAccount } from '../service/widget-accounts.js'
import { demoPage } from './demo-page.js'
import { WidgetKey } from './schemas.js'

/** Where `npm run build -w widget` puts the script (same depth from src/ and dist/). */
export const widgetScriptPath = fileURLToPath(
  new URL('../../../../../widget/dist/widget.js', import.meta.url),
)

/** Reads the built script once per change of its modification time. */
function scriptLoader(file: string) {
  let cached: { mtimeMs: number; body: Buffer; etag: string } | null = null
  return async () => {
    const stat = await fs.stat(file).catch(() => null)
    if (!stat) return null
    if (cached?.mtimeMs !== stat.mtimeMs) {
      const body = await fs.readFile(file)
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`
      cached = { mtimeMs: stat.mtimeMs, body, etag }
    }
    return cached
  }
}

/** `GET /widget.js` (the embeddable script) and `GET /widget-demo` (a shop page that embeds it). */
export function registerAssetRoutes(
  app: FastifyInstance,
  runtime: Runtime,
  file = widgetScriptPath,
) {
  const loadScript = scriptLoader(file)
  app.get(
    '/widget.js',
    {
      config: { public: true },
      schema: { tags: ['widget'], summary: 'The chat widget script to embed in a shop' },
    },
    async (request, reply) => {
      const script = await loadScript()
      if (!script)
        throw new AppError(
          404,
          'widget_not_built',
          'The chat widget is not built yet: run `npm run build -w widget`.',
        )
      // The URL is not versioned, so shops get a new build within minutes, revalidated by ETag.
      reply.headers({
        'cache-control': 'public, max-age=300, stale-while-revalidate=86400',
        etag: script.etag,
        'cross-origin-resource-policy': 'cross-origin',
      })
      if (request.headers['if-none-match'] === script.etag) return reply.status(304).send()
      return reply.type('application/javascript; charset=utf-8').send(script.body)
    },
  )

  app.get(
    '/widget-demo',
    {
      config: {
        public: true,
        tenancyExempt: 'public demo page; shows only a widget key, which shops publish anyway',
      },
      schema: {
        tags: ['widget'],
        summary: "A demo shop page with the widget (?key=, else the demo workspace's widget)",
        querystring: Type.Object({ key: Type.Optional(WidgetKey) }),
      },
    },
    async (request, reply) => {
      const { key } = request.query as { key?: string }
      const widgetKey = key
        ? (await findWidgetAccount(runtime, { key }))
          ? key
          : null
        : await demoWidgetKey(runtime)
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(demoPage(widgetKey))
    },
  )
}

/** The key of the demo workspace's first widget; other workspaces' widgets need `?key=`. */
async function demoWidgetKey(runtime: Runtime): Promise<string | null> {
  const row = await runtime.database.db
    .selectFrom('channelAccounts')
    .innerJoin('workspaces', 'workspaces.id', 'channelAccounts.workspaceId')
    .select('channelAccounts.settings')
    .where('workspaces.name', '=', DEMO_WORKSPACE)
    .where('channelAccounts.kind', '=', 'widget')
    .where('channelAccounts.status', '=', 'active')
    .where('channelAccounts.deletedAt', 'is', null)
    .orderBy('channelAccounts.createdAt')
    .limit(1)
    .executeTakeFirst()
  const value = row?.settings.widgetKey
  return typeof value === 'string' ? value : null
}
