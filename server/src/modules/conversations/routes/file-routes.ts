import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { badRequest, notFound } from '../../../platform/http/errors.js'
import { scopeOf } from '../../../platform/http/request-context.js'
import { errorResponses, Uuid } from '../../../platform/http/schema-types.js'
import type { Runtime } from '../../../platform/runtime.js'
import { UploadSchema } from './schemas.js'

/** Uploads for reply attachments and downloads of stored attachments. */
export function registerFileRoutes(app: FastifyInstance, runtime: Runtime) {
  app.register(async (scoped) => {
    // Raw bytes, no multipart: the composer sends one file per request.
    scoped.addContentTypeParser(
      'application/octet-stream',
      { parseAs: 'buffer', bodyLimit: runtime.config.maxAttachmentBytes },
      (_request, body, done) => done(null, body),
    )
    scoped.post(
      '/api/v1/uploads',
      {
        bodyLimit: runtime.config.maxAttachmentBytes,
        config: { minRole: 'agent' },
        schema: {
          tags: ['inbox'],
          summary: 'Upload one file (raw body) to attach to a reply',
          consumes: ['application/octet-stream'],
          querystring: Type.Object(
            {
              filename: Type.String({ minLength: 1, maxLength: 255 }),
              contentType: Type.Optional(Type.String({ minLength: 3, maxLength: 255 })),
            },
            { additionalProperties: false },
          ),
          response: { 201: UploadSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const body = request.body
        if (!Buffer.isBuffer(body) || body.length === 0)
          throw badRequest(
            'empty_upload',
            'Send the file as the request body (application/octet-stream).',
          )
        const { filename, contentType } = request.query as {
          filename: string
          contentType?: string
        }
        const stored = await runtime.files.put(scopeOf(request).workspaceId, body)
        return reply.status(201).send({
          fileKey: stored.key,
          filename: filename.replace(/[\\/\r\n"]/g, '_'),
          contentType: contentType ?? 'application/octet-stream',
          size: stored.size,
        })
      },
    )
  })

  app.get(
    '/api/v1/attachments/:id',
    {
      schema: {
        tags: ['inbox'],
        summary: 'Download an attachment',
        params: Type.Object({ id: Uuid }),
        response: errorResponses,
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string }
      const row = await runtime.inWorkspace(scopeOf(request), (ctx) =>
        ctx.trx
          .selectFrom('messageAttachments')
          .selectAll()
          .where('id', '=', id)
          .executeTakeFirst(),
      )
      if (!row?.fileKey) throw notFound('The attachment')
      const content = await runtime.files.read(row.fileKey)
      // Customer files are never rendered inline in the app's origin.
      return reply
        .header('content-type', 'application/octet-stream')
        .header('x-content-type-options', 'nosniff')
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(row.filename)}`,
        )
        .send(content)
    },
  )
}
