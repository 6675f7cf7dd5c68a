import type { AllegroSimState } from './allegro-sim-state.js'
import { SimRequestError } from './sim-params.js'

/** Allegro's limit on a message's text (`NewMessage.text.maxLength`). */
export const MAX_TEXT_LENGTH = 2000

/** Validates a message's text: present, not blank, at most 2000 characters. */
export function readText(body: Record<string, unknown>): string {
  const text = body.text
  if (typeof text !== 'string' || text.trim() === '') {
    throw new SimRequestError(422, 'text', 'text must not be blank')
  }
  if (text.length > MAX_TEXT_LENGTH) {
    throw new SimRequestError(422, 'text', `text must be at most ${MAX_TEXT_LENGTH} characters`)
  }
  return text
}

/** Validates `attachments: [{ id }]`: each declared by the caller and already uploaded. */
export function readAttachmentIds(
  state: AllegroSimState,
  body: Record<string, unknown>,
  login: string,
): string[] {
  const raw = body.attachments
  if (raw === undefined || raw === null) return []
  if (!Array.isArray(raw))
    throw new SimRequestError(422, 'attachments', 'attachments must be a list')
  return raw.map((item, index) => {
    const id = (item as { id?: unknown } | null)?.id
    const path = `attachments[${index}].id`
    const attachment = typeof id === 'string' ? state.attachments.get(id) : undefined
    if (!attachment || attachment.ownerLogin !== login) {
      throw new SimRequestError(422, path, 'attachment not found')
    }
    if (!attachment.content) throw new SimRequestError(422, path, 'attachment was not uploaded')
    return attachment.id
  })
}

/** Reads a `{ field: { key: string } }` reference such as `recipient.login` or `order.id`. */
export function readRef(body: Record<string, unknown>, field: string, key: string): string {
  const value = (body[field] as Record<string, unknown> | null | undefined)?.[key]
  if (typeof value !== 'string' || value.trim() === '') {
    throw new SimRequestError(422, `${field}.${key}`, `${field}.${key} is required`)
  }
  return value
}
