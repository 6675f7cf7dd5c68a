import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { AllegroSimState } from './allegro-sim-state.js'
import { apiGuard, callerOf } from './sim-api-guard.js'
import { ALLEGRO_JSON, sendApiError } from './sim-errors.js'
import { jsonBody, SimRequestError } from './sim-params.js'

/** `NewAttachmentDeclaration.size.maximum`: 5 MiB. */
export const MAX_ATTACHMENT_BYTES = 5_242_880
const SCOPE = 'allegro:api:messaging'
const EXTENSIONS = /\.(png|gif|bmp|tiff?|jpe?g|pdf)$/i
type Params = { attachmentId: string }

/** Registers attachment declaration, upload and download. */
export function registerSimAttachmentRoutes(app: FastifyInstance, state: AllegroSimState) {
  const notFound = (reply: FastifyReply) =>
    sendApiError(reply, 404, { code: 'NOT_FOUND', message: 'Attachment not found' })

  app.post(
    '/messaging/message-attachments',
    { onRequest: apiGuard(state, { scope: SCOPE, body: 'json' }) },
    async (request, reply) => {
      const body = jsonBody(request.body)
      const { filename, size } = body
      if (typeof filename !== 'string' || filename.trim() === '') {
        throw new SimRequestError(422, 'filename', 'filename is required')
      }
      if (
        !Number.isInteger(size) ||
        (size as number) < 0 ||
        (size as number) > MAX_ATTACHMENT_BYTES
      ) {
        throw new SimRequestError(422, 'size', `size must be between 0 and ${MAX_ATTACHMENT_BYTES}`)
      }
      if (!EXTENSIONS.test(filename)) {
        return sendApiError(reply, 415, {
          code: 'UnsupportedMediaTypeException',
          message: 'Unsupported attachment type; allowed: png, gif, bmp, tiff, jpeg, pdf',
        })
      }
      const attachment = state.storeAttachment(callerOf(request).login, filename, size as number)
      return reply.code(201).type(ALLEGRO_JSON).send({ id: attachment.id })
    },
  )

  app.put(
    '/messaging/message-attachments/:attachmentId',
    {
      onRequest: apiGuard(state, { scope: SCOPE, body: 'binary' }),
      bodyLimit: MAX_ATTACHMENT_BYTES + 1,
    },
    async (request, reply) => {
      const attachment = state.attachments.get((request.params as Params).attachmentId)
      if (!attachment) return notFound(reply)
      if (attachment.ownerLogin !== callerOf(request).login) {
        return sendApiError(reply, 403, { code: 'ACCESS_DENIED', message: 'Not your attachment' })
      }
      const content = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0)
      if (content.length > Math.min(attachment.declaredSize, MAX_ATTACHMENT_BYTES)) {
        return sendApiError(reply, 413, {
          code: 'PayloadTooLargeException',
          message: `File larger than declared (${attachment.declaredSize} bytes)`,
        })
      }
      attachment.content = content
      attachment.mimeType = request.headers['content-type']?.split(';')[0]?.trim() ?? null
      attachment.status = 'SAFE'
      return reply.code(200).type(ALLEGRO_JSON).send({ id: attachment.id })
    },
  )

  /** The caller may read files they uploaded and files in their own threads. */
  const visible = (request: FastifyRequest) => {
    const attachment = state.attachments.get((request.params as Params).attachmentId)
    if (!attachment?.content) return undefined
    const login = callerOf(request).login
    if (attachment.ownerLogin === login) return attachment
    for (const message of state.messages.values()) {
      if (!message.attachmentIds.includes(attachment.id)) continue
      if (state.threads.get(message.threadId)?.ownerLogin === login) return attachment
    }
    return undefined
  }

  app.get(
    '/messaging/message-attachments/:attachmentId',
    { onRequest: apiGuard(state, { scope: SCOPE, body: 'none', accept: 'any' }) },
    async (request, reply) => {
      const attachment = visible(request)
      if (!attachment) return notFound(reply)
      return reply
        .code(200)
        .type(attachment.mimeType ?? 'application/octet-stream')
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`,
        )
        .send(attachment.content)
    },
  )
}
