import { DEMO_WORKSPACE } from '../modules/identity/index.js'
import { smsTokenBinding } from '../modules/orders/service/settings/order-settings.js'
import type { Runtime } from '../platform/runtime.js'
import type { InpostSimState } from './inpost/index.js'

/**
 * Gives the InPost simulator the demo workspace's InPost parcels with the scans already stored,
 * so tracking polls continue the same story, and points the workspace's InPost API and SMS
 * gateway at the simulators.
 */
export async function connectDemoOrders(
  runtime: Runtime,
  state: InpostSimState,
  urls: { inpostUrl: string; smsApiUrl: string; smsToken: string },
) {
  const workspace = await runtime.database.db
    .selectFrom('workspaces')
    .select('id')
    .where('name', '=', DEMO_WORKSPACE)
    .executeTakeFirst()
  if (!workspace) return
  const parcels = await runtime.database.db
    .selectFrom('shipments')
    .select(['id', 'trackingNumber', 'createdAt'])
    .where('workspaceId', '=', workspace.id)
    .where('carrier', '=', 'inpost')
    .execute()
  const events = parcels.length
    ? await runtime.database.db
        .selectFrom('trackingEvents')
        .select(['shipmentId', 'rawCode', 'occurredAt', 'location'])
        .where(
          'shipmentId',
          'in',
          parcels.map((p) => p.id),
        )
        .orderBy('occurredAt')
        .execute()
    : []
  for (const parcel of parcels)
    if (!state.trackable(parcel.trackingNumber))
      state.createParcel({
        trackingNumber: parcel.trackingNumber,
        createdAt: parcel.createdAt,
        statuses: events
          .filter((e) => e.shipmentId === parcel.id)
          .map((e) => ({ status: e.rawCode, datetime: e.occurredAt, agency: e.location })),
      })
  // The SMS simulator too: a seller trying SMS notices in the demo sees them "sent" there.
  const values = {
    carrierSettings: JSON.stringify({ inpost: { apiUrl: urls.inpostUrl } }),
    smsApiUrl: urls.smsApiUrl,
    smsTokenSealed: runtime.secrets.seal({ token: urls.smsToken }, smsTokenBinding(workspace.id)),
  }
  await runtime.database.db
    .insertInto('orderSettings')
    .values({ workspaceId: workspace.id, ...values, updatedAt: new Date() })
    .onConflict((oc) => oc.column('workspaceId').doUpdateSet(values))
    .execute()
}
