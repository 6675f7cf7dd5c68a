import type { FastifyInstance } from 'fastify'
import { type Static, Type } from 'typebox'
import { badRequest, notFound } from '../../../platform/http/errors.js'
import { scopeOf } from '../../../platform/http/request-context.js'
import { errorResponses, StringEnum, Uuid } from '../../../platform/http/schema-types.js'
import type { Runtime } from '../../../platform/runtime.js'
import { attachCaseFile, MAX_CASE_FILE_BYTES } from '../service/case-files.js'
import { AnyObject } from './case-schemas.js'

const UploadQuery = Type.Object(
  {
    fileName: Type.String({ minLength: 1, maxLength: 200 }),
    purpose: Type.Optional(StringEnum(['photo', 'evidence', 'proof_of_sending', 'label'])),
  },
  { additionalProperties: false },
)

/** Evidence and photos on a case: raw-body uploads (one file per request) and downloads. */
export function registerCaseFileRoutes(app: FastifyInstance, runtime: Runtime) {
  app.register(async (scoped) => {
    scoped.addContentTypeParser(
      ['application/octet-stream', 'image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
      { parseAs: 'buffer', bodyLimit: MAX_CASE_FILE_BYTES },
      (_request, body, done) => done(null, body),
    )
    scoped.post(
      '/api/v1/returns/cases/:caseId/files',
      {
        bodyLimit: MAX_CASE_FILE_BYTES,
        config: { minRole: 'agent' },
        schema: {
          tags: ['returns'],
          summary:
            'Attach evidence to a case (the file is the raw body; JPEG, PNG, WebP or PDF, ≤ 10 MB)',
          params: Type.Object({ caseId: Uuid }),
          querystring: UploadQuery,
          response: { 200: AnyObject, 201: AnyObject, ...errorResponses },
        },
      },
      async (request, reply) => {
        const { caseId } = request.params as { caseId: string }
        const { fileName, purpose = 'evidence' } = request.query as Static<typeof UploadQuery>
        if (!Buffer.isBuffer(request.body))
          throw badRequest('empty_file', 'Send the file as the request body.')
        const content = request.body
        const result = await runtime.inWorkspace(scopeOf(request), (ctx) =>
          attachCaseFile(
            ctx,
            caseId,
            { content, fileName, uploadedBy: 'agent', purpose },
            runtime.files,
          ),
        )
        return reply.status(result.created ? 201 : 200).send(result)
      },
    )
  })

  app.get(
    '/api/v1/returns/files/:fileId',
    {
      schema: {
        tags: ['returns'],
        summary: 'Download a file of a case',
        params: Type.Object({ fileId: Uuid }),
      },
    },
    async (request, reply) => {
      const { fileId } = request.params as { fileId: string }
      const file = await runtime.inWorkspace(scopeOf(request), (ctx) =>
        ctx.trx
          .selectFrom('returnCaseFiles')
          .select(['fileKey', 'contentType', 'fileName'])
          .where('id', '=', fileId)
          .executeTakeFirst(),
      )
      if (!file) throw notFound('The file')
      const content = await runtime.files.read(file.fileKey)
      const disposition = file.contentType === 'application/pdf' ? 'attachment' : 'inline'
      return reply
        .header('Content-Type', file.contentType)
        .header(
          'Content-Disposition',
          `${disposition}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        )
        .header('Cache-Control', 'private, max-age=3600')
        .header('X-Content-Type-Options', 'nosniff')
        .send(content)
    },
  )
}
