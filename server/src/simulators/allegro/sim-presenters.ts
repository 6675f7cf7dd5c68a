import type { FastifyRequest } from 'fastify'
import type { AllegroSimState } from './allegro-sim-state.js'
import type { SimMessage, SimThread } from './sim-records.js'

/** The simulator's absolute base URL as the caller reached it (prefix included). */
export function baseUrlOf(request: FastifyRequest, prefix: string): string {
  return `${request.protocol}://${request.host}${prefix}`
}

/** A thread in the shape of the spec's `Thread`. */
export function presentThread(thread: SimThread) {
  return {
    id: thread.id,
    read: thread.read,
    lastMessageDateTime: thread.lastMessageDateTime?.toISOString() ?? null,
    interlocutor: {
      login: thread.interlocutorLogin,
      avatarUrl: `https://a.allegroimg.com/original/avatar/${encodeURIComponent(thread.interlocutorLogin)}`,
    },
  }
}

/** A message in the shape of the spec's `Message`, as `viewerLogin` sees it. */
export function presentMessage(
  state: AllegroSimState,
  message: SimMessage,
  viewerLogin: string,
  baseUrl: string,
) {
  const attachments = message.attachmentIds.flatMap((id) => {
    const file = state.attachments.get(id)
    if (!file) return []
    return [
      {
        fileName: file.filename,
        mimeType: file.mimeType,
        url: `${baseUrl}/messaging/message-attachments/${file.id}`,
        status: file.status,
      },
    ]
  })
  return {
    id: message.id,
    status: 'DELIVERED',
    type: message.type,
    createdAt: message.createdAt.toISOString(),
    thread: { id: message.threadId },
    author: { login: message.authorLogin, isInterlocutor: message.authorLogin !== viewerLogin },
    text: message.text,
    subject: message.subject,
    relatesTo: {
      offer: message.offerId ? { id: message.offerId } : null,
      order: message.orderId ? { id: message.orderId } : null,
    },
    hasAdditionalAttachments: false,
    attachments,
    additionalInformation: null,
  }
}
