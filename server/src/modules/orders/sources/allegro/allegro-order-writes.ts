import { AllegroApiError, UncertainOutcomeError } from '../../../channels/allegro/allegro-errors.js'
import type { AllegroFulfillmentStatus, AllegroShipment } from './allegro-order-types.js'
import {
  type AllegroCaller,
  getCheckoutForm,
  listCheckoutFormShipments,
} from './allegro-orders-api.js'

/** A tracking number to push to an order (spec `CheckoutFormAddWaybillRequest`). */
export interface WaybillInput {
  /** An id from `GET /order/carriers`; see allegroCarrierIdOf. */
  carrierId: string
  waybill: string
  /** Only for carrierId `OTHER` (at most 30 characters). */
  carrierName?: string
  /** Line item ids the parcel carries; empty or absent means the whole order. */
  lineItems?: string[]
}

const sameWaybill = (a: string, b: string) =>
  a.replace(/\s+/g, '').toUpperCase() === b.replace(/\s+/g, '').toUpperCase()

/**
 * Adds a tracking number unless the order already has it. The POST is not repeated blindly:
 * when its outcome is unknown (lost answer, 500) the shipments are read again and the POST is
 * sent once more only if the waybill is still missing.
 */
export async function addWaybill(
  client: AllegroCaller,
  checkoutFormId: string,
  input: WaybillInput,
): Promise<{ shipment: AllegroShipment; created: boolean }> {
  const existing = async () =>
    (await listCheckoutFormShipments(client, checkoutFormId)).find((s) =>
      sameWaybill(s.waybill, input.waybill),
    )
  const found = await existing()
  if (found) return { shipment: found, created: false }
  const json = {
    carrierId: input.carrierId,
    waybill: input.waybill.trim(),
    ...(input.carrierName ? { carrierName: input.carrierName } : {}),
    lineItems: (input.lineItems ?? []).map((id) => ({ id })),
  }
  const path = `/order/checkout-forms/${encodeURIComponent(checkoutFormId)}/shipments`
  const post = () =>
    client.http.json<AllegroShipment>({ method: 'POST', path, json, idempotent: false })
  try {
    return { shipment: await post(), created: true }
  } catch (error) {
    if (!(error instanceof UncertainOutcomeError)) throw error
    const landed = await existing()
    if (landed) return { shipment: landed, created: true }
    return { shipment: await post(), created: true }
  }
}

const isConflict = (error: unknown) => error instanceof AllegroApiError && error.status === 409

/**
 * Sets the seller status at the form's current revision, so a change made meanwhile elsewhere
 * (409 "Provided revision is outdated", spec PUT …/fulfillment) is not overwritten blindly: the
 * form is read again and the change retried once. `changed` is false when it already had it.
 */
export async function setFulfillmentStatus(
  client: AllegroCaller,
  checkoutFormId: string,
  status: Exclude<AllegroFulfillmentStatus, 'RETURNED'>,
): Promise<{ changed: boolean }> {
  for (let attempt = 1; ; attempt++) {
    const form = await getCheckoutForm(client, checkoutFormId)
    if (form.fulfillment?.status === status) return { changed: false }
    try {
      await client.http.json({
        method: 'PUT',
        path: `/order/checkout-forms/${encodeURIComponent(checkoutFormId)}/fulfillment`,
        query: { 'checkoutForm.revision': form.revision ?? undefined },
        json: { status },
      })
      return { changed: true }
    } catch (error) {
      if (!isConflict(error) || attempt >= 2) throw error
    }
  }
}
