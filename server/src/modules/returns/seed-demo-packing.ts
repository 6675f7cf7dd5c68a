import type { ServiceContext } from '../../platform/context.js'
import type { Runtime } from '../../platform/runtime.js'
import { recordPackCheck } from './evidence/pack-checks.js'
import { storePackPhoto } from './evidence/pack-photos.js'
import { demoParcelPhoto } from './png-image.js'

/** Orders packed at the pack station with two photos each, so the evidence PDF has something to show. */
const PACKED = ['KK-10455', 'KK-10390', 'KK-10482']
const CHECKLIST = [
  'Produkt zgodny z zamówieniem',
  'Ilość się zgadza',
  'Brak uszkodzeń',
  'Zabezpieczony do wysyłki',
  'Dowód zakupu w paczce',
  'Etykieta naklejona',
]

/** Packs the demo orders at the pack station: the full checklist and two photos each. */
export async function seedPackChecks(ctx: ServiceContext, runtime: Runtime, now: number) {
  const orders = await ctx.trx
    .selectFrom('orders')
    .select(['id', 'number', 'placedAt'])
    .where('number', 'in', PACKED)
    .execute()
  for (const [index, order] of orders.entries()) {
    const photos = [
      await storePackPhoto(ctx, runtime.files, order.id, demoParcelPhoto(index * 12)),
      await storePackPhoto(
        ctx,
        runtime.files,
        order.id,
        demoParcelPhoto(index * 12 + 40, 240, 320),
      ),
    ]
    await recordPackCheck(ctx, order.id, {
      checklist: CHECKLIST.map((item) => ({ item, checked: true })),
      note: index === 0 ? 'Młynek w folii bąbelkowej, dwa wypełniacze.' : null,
      photoIds: photos.map((stored) => stored.photo.id),
    })
    const packedAt = new Date(Math.min(order.placedAt.getTime() + 20 * 3_600_000, now))
    await ctx.trx
      .updateTable('packChecks')
      .set({ packedAt })
      .where('orderId', '=', order.id)
      .execute()
  }
}
