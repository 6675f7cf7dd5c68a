import type { ServiceContext } from '../../../platform/context.js'
import { recordEvent } from '../../../platform/events/record-event.js'
import { notFound } from '../../../platform/http/errors.js'
import { uncheckedItems } from './pack-checklist.js'

/** One ticked checklist as the packer submits it. */
export interface PackCheckInput {
  checklist: { item: string; checked: boolean }[]
  note?: string | null
  /** Photos taken for this parcel before the check was saved. */
  photoIds?: string[]
}

/** Throws 404 unless the order is this workspace's. */
export async function requireOrder(ctx: ServiceContext, orderId: string) {
  // Foreign keys are checked without row-level security, so a bare insert would accept another
  // workspace's order id: look it up under RLS first.
  const order = await ctx.trx
    .selectFrom('orders')
    .select(['id', 'number'])
    .where('id', '=', orderId)
    .executeTakeFirst()
  if (!order) throw notFound('The order')
  return order
}

/** Records who packed the order and what they checked; unticked items come back as warnings. */
export async function recordPackCheck(ctx: ServiceContext, orderId: string, input: PackCheckInput) {
  await requireOrder(ctx, orderId)
  const packedBy = ctx.actor.type === 'user' ? ctx.actor.id : null
  const check = await ctx.trx
    .insertInto('packChecks')
    .values({
      workspaceId: ctx.workspaceId,
      orderId,
      checklist: JSON.stringify(input.checklist),
      note: input.note?.trim() || null,
      packedBy,
    })
    .returning(['id', 'packedAt'])
    .executeTakeFirstOrThrow()
  const photoIds = [...new Set(input.photoIds ?? [])]
  const attached = photoIds.length
    ? await ctx.trx
        .updateTable('packPhotos')
        .set({ packCheckId: check.id })
        .where('orderId', '=', orderId)
        .where('id', 'in', photoIds)
        .where('packCheckId', 'is', null)
        .returning('id')
        .execute()
    : []
  const warnings = uncheckedItems(input.checklist)
  await recordEvent(ctx, {
    name: 'returns.packCheck.recorded',
    entityType: 'order',
    entityId: orderId,
    changes: {
      packCheckId: { from: null, to: check.id },
      checked: { from: null, to: input.checklist.filter((c) => c.checked).map((c) => c.item) },
      unchecked: { from: null, to: warnings },
      photos: { from: null, to: attached.length },
    },
  })
  return { id: check.id, packedAt: check.packedAt, photosAttached: attached.length, warnings }
}

/** The order's pack checks, newest first, each with its photos, and photos taken outside a check (two queries). */
export async function listPackChecks(ctx: ServiceContext, orderId: string) {
  const checks = await ctx.trx
    .selectFrom('packChecks')
    .leftJoin('users', 'users.id', 'packChecks.packedBy')
    .select([
      'packChecks.id',
      'packChecks.checklist',
      'packChecks.note',
      'packChecks.packedAt',
      'packChecks.packedBy',
      'users.name as packedByName',
    ])
    .where('packChecks.orderId', '=', orderId)
    .orderBy('packChecks.packedAt', 'desc')
    .execute()
  const photos = await ctx.trx
    .selectFrom('packPhotos')
    .select(['id', 'packCheckId', 'fileKey', 'contentType', 'size', 'createdAt'])
    .where('orderId', '=', orderId)
    .orderBy('createdAt')
    .execute()
  const view = (p: (typeof photos)[number]) => ({
    id: p.id,
    contentType: p.contentType,
    size: p.size,
    createdAt: p.createdAt,
    url: `/api/v1/pack-photos/${p.id}`,
    fileKey: p.fileKey,
  })
  return {
    checks: checks.map((c) => ({
      ...c,
      photos: photos.filter((p) => p.packCheckId === c.id).map(view),
    })),
    loosePhotos: photos.filter((p) => p.packCheckId === null).map(view),
  }
}

/** Pack checks as the API shows them: storage keys stay on the server. */
export function publicPackChecks({
  checks,
  loosePhotos,
}: Awaited<ReturnType<typeof listPackChecks>>) {
  const strip = <T extends { fileKey: string }>({ fileKey: _key, ...photo }: T) => photo
  return {
    checks: checks.map((c) => ({ ...c, photos: c.photos.map(strip) })),
    loosePhotos: loosePhotos.map(strip),
  }
}
