/** The OAuth credentials an Allegro account stores (encrypted); all strings, as the store wants. */
export interface AllegroCredentials {
  clientId: string
  clientSecret: string
  accessToken: string
  refreshToken: string
  /** ISO 8601 instant after which the access token is refused. */
  accessTokenExpiresAt: string
}

/** The spec's `Thread`. */
export interface AllegroThread {
  id: string
  read: boolean
  lastMessageDateTime: string | null
  interlocutor?: { login: string; avatarUrl?: string } | null
}

/** The spec's `MessageAttachmentInfo`: no id, only a download URL whose last segment is the id. */
export interface AllegroAttachmentInfo {
  fileName: string
  mimeType?: string | null
  url?: string | null
  status: 'NEW' | 'SAFE' | 'UNSAFE' | 'EXPIRED'
}

/** The spec's `Message`. */
export interface AllegroMessage {
  id: string
  status: 'VERIFYING' | 'BLOCKED' | 'DELIVERED' | 'INTERACTING' | 'DISMISSED'
  type: 'ASK_QUESTION' | 'MAIL' | 'MESSAGE_CENTER'
  createdAt: string
  thread: { id: string }
  author: { login: string; isInterlocutor: boolean }
  text: string
  subject?: string | null
  relatesTo: { offer?: { id: string } | null; order?: { id: string } | null }
  hasAdditionalAttachments: boolean
  attachments: AllegroAttachmentInfo[]
}

/** The spec's `ThreadsList`. */
export interface AllegroThreadsList {
  threads: AllegroThread[]
  offset: number
  limit: number
}

/** The spec's `MessagesList`. */
export interface AllegroMessagesList {
  messages: AllegroMessage[]
  offset: number
  limit: number
}

/** The spec's `NewMessageInThread`. */
export interface AllegroNewThreadMessage {
  text: string
  attachments?: { id: string }[]
}

/** The spec's `NewMessage`: a first message to a buyer about an order. */
export interface AllegroNewMessage extends AllegroNewThreadMessage {
  recipient: { login: string }
  order: { id: string }
}

/** The parts of the spec's `MeResponse` Aftersale reads. */
export interface AllegroMe {
  id: string
  login: string
  email?: string
  firstName?: string
  lastName?: string
}

/** A downloaded attachment. */
export interface AllegroFile {
  content: Buffer
  contentType: string
  filename: string | null
}
