import type { FastifyRequest } from 'fastify'
import type { FormFields } from './rules/form-fields.js'
import {
  checkPhoto,
  cleanFileName,
  MAX_PHOTO_BYTES,
  MAX_PHOTOS,
  type PhotoType,
} from './rules/photo-limits.js'
import type { PortalIssue } from './rules/portal-strings.js'

/** A photo that passed the checks, ready for attachCaseFile. */
export interface UploadedPhoto {
  content: Buffer
  contentType: PhotoType
  fileName: string
}

/** A posted portal form: its fields, its photos, and the first problem with the photos. */
export interface PortalForm {
  fields: FormFields
  photos: UploadedPhoto[]
  photoIssue: { code: PortalIssue; status: 413 | 415 } | null
}

/** Limits handed to the multipart parser: the issue's photo limits plus room for the fields. */
export const MULTIPART_LIMITS = {
  fileSize: MAX_PHOTO_BYTES,
  files: MAX_PHOTOS,
  fields: 200,
  fieldSize: 32 * 1024,
  parts: 210,
  headerPairs: 200,
}

const LIMIT_ISSUES: Record<string, PortalIssue> = {
  FST_REQ_FILE_TOO_LARGE: 'photo_too_large',
  FST_FILES_LIMIT: 'photos_too_many',
}

/**
 * Reads a form posted as multipart (the details and photo forms) or urlencoded (anything
 * else arrives here parsed already). A photo over the limits or of another type does not end
 * the request with an error: it comes back as `photoIssue`, so the form can be shown again.
 */
export async function readPortalForm(request: FastifyRequest): Promise<PortalForm> {
  if (!request.isMultipart()) {
    const body = request.body
    const fields = body && typeof body === 'object' ? (body as Record<string, string>) : {}
    return { fields, photos: [], photoIssue: null }
  }
  const fields: Record<string, string> = Object.create(null)
  const photos: UploadedPhoto[] = []
  let photoIssue: PortalForm['photoIssue'] = null
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        if (typeof part.value === 'string') fields[part.fieldname] = part.value
        continue
      }
      const content = await part.toBuffer()
      // A file input left empty still sends one part without a name or bytes.
      if (content.length === 0 && part.filename === '') continue
      if (photoIssue) continue
      const verdict = checkPhoto(content)
      if (!verdict.ok) {
        photoIssue = { code: verdict.issue, status: verdict.issue === 'photo_type' ? 415 : 413 }
        continue
      }
      photos.push({
        content,
        contentType: verdict.contentType,
        fileName: cleanFileName(part.filename, verdict.contentType),
      })
    }
  } catch (error) {
    const code = (error as { code?: string }).code ?? ''
    const issue = LIMIT_ISSUES[code]
    if (!issue) throw error
    photoIssue = { code: issue, status: 413 }
  }
  return { fields, photos: photoIssue ? [] : photos, photoIssue }
}
