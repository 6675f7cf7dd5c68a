import fs from 'node:fs'
import { fileURLToPath } from 'node:url'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import { apiNotFound } from './errors.js'

/** Where `npm run build -w web` puts the SPA (same depth from src/ and dist/). */
export const webDistDir = fileURLToPath(new URL('../../../../web/dist/', import.meta.url))

/** Serves the built SPA with index.html for client-side routes; API paths keep JSON 404s. */
export async function registerWebApp(app: FastifyInstance, root = webDistDir): Promise<void> {
  const index = `${root}/index.html`
  const hasBuild = fs.existsSync(index)
  if (hasBuild) {
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: false,
      maxAge: '1h',
      setHeaders(res, file) {
        // Hashed assets never change; index.html must always be revalidated.
        if (file.includes('/assets/'))
          res.setHeader('cache-control', 'public, max-age=31536000, immutable')
      },
    })
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? ''
    const isPage = request.method === 'GET' && !path.startsWith('/api/') && !path.includes('.')
    if (!isPage) return apiNotFound(request, reply)
    if (!hasBuild) {
      return reply
        .status(503)
        .type('text/plain')
        .send('The web app is not built yet: run `npm run build` (npm start does this for you).')
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html', root)
  })
}
