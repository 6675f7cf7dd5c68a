import { AllegroHttp, type AllegroHttpOptions } from './allegro-http.js'
import type {
  AllegroCredentials,
  AllegroFile,
  AllegroMe,
  AllegroMessage,
  AllegroMessagesList,
  AllegroNewMessage,
  AllegroNewThreadMessage,
  AllegroThread,
  AllegroThreadsList,
} from './allegro-types.js'

/** Paging and date filters for a thread's messages (`before` cannot be combined with offset). */
export interface MessagesFilter {
  limit?: number
  offset?: number
  before?: string
  after?: string
}

const id = (value: string) => encodeURIComponent(value)

/** Reads the filename from `Content-Disposition` (RFC 6266, either form). */
function dispositionFilename(header: string | null): string | null {
  if (!header) return null
  const extended = /filename\*=(?:UTF-8|utf-8)''([^;]+)/.exec(header)?.[1]
  if (extended) return decodeURIComponent(extended.trim())
  return /filename="?([^";]+)"?/.exec(header)?.[1]?.trim() ?? null
}

/** Typed calls to Allegro's Message Center and `/me`, over AllegroHttp's retries and refresh. */
export class AllegroClient {
  readonly http: AllegroHttp

  constructor(options: AllegroHttpOptions) {
    this.http = new AllegroHttp(options)
  }

  /** The tokens in use now (new ones after a refresh). */
  get credentials(): AllegroCredentials {
    return this.http.credentials
  }

  /** GET /me: the authorised account. */
  me(): Promise<AllegroMe> {
    return this.http.json({ method: 'GET', path: '/me' })
  }

  /** GET /messaging/threads: newest first, at most 20 per page. */
  listThreads(page: { limit?: number; offset?: number } = {}): Promise<AllegroThreadsList> {
    return this.http.json({ method: 'GET', path: '/messaging/threads', query: { ...page } })
  }

  /** GET /messaging/threads/{threadId}. */
  getThread(threadId: string): Promise<AllegroThread> {
    return this.http.json({ method: 'GET', path: `/messaging/threads/${id(threadId)}` })
  }

  /** PUT /messaging/threads/{threadId}/read. */
  markThreadRead(threadId: string, read = true): Promise<AllegroThread> {
    const path = `/messaging/threads/${id(threadId)}/read`
    return this.http.json({ method: 'PUT', path, json: { read } })
  }

  /** GET /messaging/threads/{threadId}/messages: newest first. */
  listMessages(threadId: string, filter: MessagesFilter = {}): Promise<AllegroMessagesList> {
    const path = `/messaging/threads/${id(threadId)}/messages`
    return this.http.json({ method: 'GET', path, query: { ...filter } })
  }

  /** POST /messaging/threads/{threadId}/messages; never retried blindly (UncertainOutcomeError). */
  postThreadMessage(threadId: string, message: AllegroNewThreadMessage): Promise<AllegroMessage> {
    const path = `/messaging/threads/${id(threadId)}/messages`
    return this.http.json({ method: 'POST', path, json: message, idempotent: false })
  }

  /** POST /messaging/messages: writes to a buyer about an order, opening a thread if needed. */
  postMessage(message: AllegroNewMessage): Promise<AllegroMessage> {
    return this.http.json({
      method: 'POST',
      path: '/messaging/messages',
      json: message,
      idempotent: false,
    })
  }

  /** GET /messaging/messages/{messageId}. */
  getMessage(messageId: string): Promise<AllegroMessage> {
    return this.http.json({ method: 'GET', path: `/messaging/messages/${id(messageId)}` })
  }

  /** DELETE /messaging/messages/{messageId}. */
  async deleteMessage(messageId: string): Promise<void> {
    await this.http.send({ method: 'DELETE', path: `/messaging/messages/${id(messageId)}` })
  }

  /** POST /messaging/message-attachments: declares a file before its upload. */
  declareAttachment(file: { filename: string; size: number }): Promise<{ id: string }> {
    // A repeated declaration only leaves an unused one behind, so retrying it is harmless.
    return this.http.json({ method: 'POST', path: '/messaging/message-attachments', json: file })
  }

  /** PUT /messaging/message-attachments/{attachmentId}: uploads the declared file's bytes. */
  uploadAttachment(
    attachmentId: string,
    content: Buffer,
    contentType: string,
  ): Promise<{ id: string }> {
    const path = `/messaging/message-attachments/${id(attachmentId)}`
    return this.http.json({ method: 'PUT', path, binary: { content, contentType } })
  }

  /** GET /messaging/message-attachments/{attachmentId}: the file's bytes and type. */
  async downloadAttachment(attachmentId: string): Promise<AllegroFile> {
    const path = `/messaging/message-attachments/${id(attachmentId)}`
    const response = await this.http.send({ method: 'GET', path, anyMediaType: true })
    return {
      content: response.body,
      contentType: response.headers.get('content-type') ?? 'application/octet-stream',
      filename: dispositionFilename(response.headers.get('content-disposition')),
    }
  }
}
