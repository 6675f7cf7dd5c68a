import { systemActor } from '../../../platform/context.js'
import type { JobDefinition } from '../../../platform/jobs/job-queue.js'
import type { Runtime } from '../../../platform/runtime.js'
import { withAllegroClient } from '../../channels/index.js'
import { PUSH_SHIPMENT_QUEUE } from '../service/shipments/add-shipment.js'
import { addWaybill, allegroCarrierIdOf, setFulfillmentStatus } from '../sources/allegro/index.js'

/**
 * Hands a parcel added in Aftersale to Allegro (waybill + fulfilment SENT), so the buyer sees
 * tracking there too. Both calls check first, so a retried job never adds the waybill twice.
 */
export function pushShipmentJob(runtime: Runtime): JobDefinition<{ shipmentId: string }> {
  return {
    queue: PUSH_SHIPMENT_QUEUE,
    retryLimit: 8,
    retryDelaySeconds: 60,
    async handle(data) {
      const scope = {
        workspaceId: data.workspaceId as string,
        actor: systemActor('Allegro shipments'),
      }
      const shipment = await runtime.inWorkspace(scope, (ctx) =>
        ctx.trx
          .selectFrom('shipments as s')
          .innerJoin('orders as o', 'o.id', 's.orderId')
          .select([
            's.id',
            's.carrier',
            's.trackingNumber',
            's.pushedToSourceAt',
            'o.externalId',
            'o.channelAccountId',
            'o.source',
          ])
          .where('s.id', '=', data.shipmentId)
          .executeTakeFirst(),
      )
      if (
        !shipment ||
        shipment.pushedToSourceAt ||
        shipment.source !== 'allegro' ||
        !shipment.channelAccountId
      )
        return
      await withAllegroClient(runtime, scope, shipment.channelAccountId, async (client) => {
        const carrierId = shipment.carrier ? allegroCarrierIdOf(shipment.carrier) : 'OTHER'
        await addWaybill(client, shipment.externalId, {
          carrierId,
          waybill: shipment.trackingNumber,
          ...(carrierId === 'OTHER' ? { carrierName: 'Inny przewoźnik' } : {}),
        })
        await setFulfillmentStatus(client, shipment.externalId, 'SENT')
      })
      await runtime.inWorkspace(scope, (ctx) =>
        ctx.trx
          .updateTable('shipments')
          .set({ pushedToSourceAt: new Date() })
          .where('id', '=', shipment.id)
          .execute(),
      )
    },
  }
}
