import type { InboundAttachment, OutboundReply } from '../contract.js'
import type { AllegroClient } from './allegro-client.js'
import { AllegroApiError } from './allegro-errors.js'
import { attachmentIdOf } from './allegro-message-mapping.js'
import type { AllegroMessage } from './allegro-types.js'

/** Allegro's upload limit per file (`NewAttachmentDeclaration.size.maximum`). */
export const ALLEGRO_MAX_UPLOAD_BYTES = 5_242_880
/** The upload endpoint's accepted media types. */
export const ALLEGRO_UPLOAD_TYPES = [
  'image/png',
  'image/gif',
  'image/bmp',
  'image/tiff',
  'image/jpeg',
  'application/pdf',
]

const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/gif': 'gif',
  'image/bmp': 'bmp',
  'image/tiff': 'tiff',
  'image/jpeg': 'jpg',
  'application/pdf': 'pdf',
}

const REFUSED: Partial<Record<AllegroMessage['attachments'][number]['status'], string>> = {
  UNSAFE: 'Allegro marked the file unsafe',
  EXPIRED: 'expired on Allegro (files are kept 6 months)',
}

/** Downloads a message's attachments, keeping only metadata for refused or oversized files. */
export async function downloadAttachments(
  client: AllegroClient,
  message: AllegroMessage,
  maxBytes: number,
): Promise<InboundAttachment[]> {
  const files: InboundAttachment[] = []
  for (const info of message.attachments ?? []) {
    const base = {
      filename: info.fileName,
      contentType: info.mimeType ?? 'application/octet-stream',
      ...(info.url ? { externalRef: info.url } : {}),
    }
    const id = attachmentIdOf(info)
    const refused = REFUSED[info.status] ?? (id ? null : 'no download link')
    if (refused || !id) {
      files.push({ ...base, content: null, size: 0, refusedReason: refused ?? 'no download link' })
      continue
    }
    try {
      const file = await client.downloadAttachment(id)
      const tooLarge = file.content.length > maxBytes
      files.push({
        ...base,
        contentType: info.mimeType ?? file.contentType,
        content: tooLarge ? null : file.content,
        size: file.content.length,
        ...(tooLarge
          ? { refusedReason: `larger than ${Math.round(maxBytes / 1_048_576)} MB` }
          : {}),
      })
    } catch (error) {
      if (!(error instanceof AllegroApiError) || error.status !== 404) throw error
      files.push({
        ...base,
        content: null,
        size: 0,
        refusedReason: 'no longer available on Allegro',
      })
    }
  }
  return files
}

/** Checks a reply's files against Allegro's limits before anything is sent. */
export function assertUploadable(files: OutboundReply['attachments']): void {
  for (const file of files) {
    const type = file.contentType.split(';')[0]!.trim().toLowerCase()
    if (!ALLEGRO_UPLOAD_TYPES.includes(type)) {
      throw new Error(`Allegro accepts only images and PDF files; "${file.filename}" is ${type}`)
    }
    if (file.content.length > ALLEGRO_MAX_UPLOAD_BYTES) {
      throw new Error(`Allegro accepts files up to 5 MB; "${file.filename}" is larger`)
    }
  }
}

/** Declares and uploads each file, returning the ids to put in the new message. */
export async function uploadAttachments(
  client: AllegroClient,
  files: OutboundReply['attachments'],
): Promise<{ id: string }[]> {
  const ids: { id: string }[] = []
  for (const file of files) {
    const type = file.contentType.split(';')[0]!.trim().toLowerCase()
    // Allegro judges a declared file by its name's extension, so make the name carry one.
    const extension = EXTENSIONS[type] ?? 'bin'
    const known = /\.(png|gif|bmp|tiff?|jpe?g|pdf)$/i.test(file.filename)
    const filename = known ? file.filename : `${file.filename}.${extension}`
    const declared = await client.declareAttachment({ filename, size: file.content.length })
    await client.uploadAttachment(declared.id, file.content, type)
    ids.push({ id: declared.id })
  }
  return ids
}
