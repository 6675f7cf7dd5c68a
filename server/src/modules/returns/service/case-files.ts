import type { ServiceContext } from '../../../platform/context.js'
import { recordEvent } from '../../../platform/events/record-event.js'
import type { FileStore } from '../../../platform/files/file-store.js'
import { AppError, badRequest, notFound } from '../../../platform/http/errors.js'
import { sniffImageType } from '../evidence/image-type.js'
import { announceCaseChange } from './case-signal.js'

/** The largest file a case takes (photos straight from a phone camera fit). */
export const MAX_CASE_FILE_BYTES = 10 * 1024 * 1024

/** The content type of a case file by its magic bytes (JPEG, PNG, WebP, PDF), or null for anything else. */
export function sniffCaseFileType(content: Buffer): string | null {
  if (content.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf'
  return sniffImageType(content)
}

/** A file for a case: a buyer's photo, the seller's evidence, or a proof of sending. */
export interface CaseFileInput {
  content: Buffer
  fileName: string
  uploadedBy: 'customer' | 'agent' | 'marketplace'
  purpose: 'photo' | 'evidence' | 'proof_of_sending' | 'label'
}

/** Stores a file with a case (the same bytes twice are one file); refuses what is not an image or PDF. */
export async function attachCaseFile(
  ctx: ServiceContext,
  caseId: string,
  file: CaseFileInput,
  store: FileStore,
): Promise<{ fileId: string; created: boolean }> {
  if (file.content.length === 0) throw badRequest('empty_file', 'The file is empty.')
  if (file.content.length > MAX_CASE_FILE_BYTES)
    throw new AppError(413, 'file_too_large', 'The file is larger than 10 MB.')
  const contentType = sniffCaseFileType(file.content)
  if (!contentType)
    throw new AppError(
      415,
      'unsupported_file',
      'Only JPEG, PNG or WebP photos and PDF documents are accepted.',
    )
  const found = await ctx.trx
    .selectFrom('returnCases')
    .select('id')
    .where('id', '=', caseId)
    .executeTakeFirst()
  if (!found) throw notFound('The case')
  const stored = await store.put(ctx.workspaceId, file.content)
  const inserted = await ctx.trx
    .insertInto('returnCaseFiles')
    .values({
      workspaceId: ctx.workspaceId,
      caseId,
      fileKey: stored.key,
      sha256: stored.sha256,
      size: stored.size,
      contentType,
      fileName: file.fileName.replace(/[\\/\r\n"]/g, '_').slice(0, 200) || 'file',
      uploadedBy: file.uploadedBy,
      purpose: file.purpose,
    })
    .onConflict((oc) => oc.columns(['caseId', 'sha256']).doNothing())
    .returning('id')
    .executeTakeFirst()
  if (!inserted) {
    const existing = await ctx.trx
      .selectFrom('returnCaseFiles')
      .select('id')
      .where('caseId', '=', caseId)
      .where('sha256', '=', stored.sha256)
      .executeTakeFirstOrThrow()
    return { fileId: existing.id, created: false }
  }
  await ctx.trx
    .insertInto('returnCaseEvents')
    .values({
      workspaceId: ctx.workspaceId,
      caseId,
      action: 'file_added',
      actorType: file.uploadedBy,
      actorId: file.uploadedBy === 'agent' && ctx.actor.type === 'user' ? ctx.actor.id : null,
      detail: JSON.stringify({
        fileId: inserted.id,
        purpose: file.purpose,
        fileName: file.fileName,
      }),
    })
    .execute()
  await recordEvent(ctx, {
    name: 'returns.case.fileAdded',
    entityType: 'return_case',
    entityId: caseId,
    changes: { file: { from: null, to: { id: inserted.id, purpose: file.purpose } } },
  })
  await announceCaseChange(ctx, caseId)
  return { fileId: inserted.id, created: true }
}
