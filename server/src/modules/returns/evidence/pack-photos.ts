import type { ServiceContext } from '../../../platform/context.js'
import type { FileStore } from '../../../platform/files/file-store.js'
import { AppError, notFound } from '../../../platform/http/errors.js'
import { sniffImageType } from './image-type.js'
import { requireOrder } from './pack-checks.js'

/** Stores a parcel photo with the order; the same bytes for the same order are stored once. */
export async function storePackPhoto(
  ctx: ServiceContext,
  files: FileStore,
  orderId: string,
  bytes: Buffer,
  packCheckId?: string,
) {
  // The declared content type only chose the parser: the bytes decide what the file is.
  const contentType = sniffImageType(bytes)
  if (!contentType) throw new AppError(415, 'unsupported_image', 'Send a JPEG, PNG or WebP photo.')
  await requireOrder(ctx, orderId)
  if (packCheckId) {
    const check = await ctx.trx
      .selectFrom('packChecks')
      .select('id')
      .where('id', '=', packCheckId)
      .where('orderId', '=', orderId)
      .executeTakeFirst()
    if (!check) throw notFound('The pack check of this order')
  }
  const stored = await files.put(ctx.workspaceId, bytes)
  const inserted = await ctx.trx
    .insertInto('packPhotos')
    .values({
      workspaceId: ctx.workspaceId,
      orderId,
      packCheckId: packCheckId ?? null,
      fileKey: stored.key,
      sha256: stored.sha256,
      size: stored.size,
      contentType,
      takenBy: ctx.actor.type === 'user' ? ctx.actor.id : null,
    })
    .onConflict((oc) => oc.columns(['orderId', 'sha256']).doNothing())
    .returning(['id', 'packCheckId', 'contentType', 'size', 'createdAt'])
    .executeTakeFirst()
  const photo =
    inserted ??
    (await ctx.trx
      .selectFrom('packPhotos')
      .select(['id', 'packCheckId', 'contentType', 'size', 'createdAt'])
      .where('orderId', '=', orderId)
      .where('sha256', '=', stored.sha256)
      .executeTakeFirstOrThrow())
  return {
    created: inserted !== undefined,
    photo: { ...photo, url: `/api/v1/pack-photos/${photo.id}` },
  }
}

/** Where a pack photo's bytes are stored and what type they are. */
export async function readPackPhotoFile(ctx: ServiceContext, photoId: string) {
  const photo = await ctx.trx
    .selectFrom('packPhotos')
    .select(['fileKey', 'contentType'])
    .where('id', '=', photoId)
    .executeTakeFirst()
  if (!photo) throw notFound('The photo')
  return photo
}
