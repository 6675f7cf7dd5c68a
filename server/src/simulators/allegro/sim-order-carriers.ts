/**
 * What `GET /order/carriers` lists (spec `OrdersShippingCarriersResponse`; the spec's example
 * shows POCZTA_POLSKA, DHL, YUN_EXPRESS and OTHER without a name). A subset of Allegro's list
 * that covers the carriers Polish sellers use; `OTHER` needs a `carrierName` on add-waybill.
 */
export const SIM_CARRIERS: ReadonlyArray<{ id: string; name?: string }> = [
  { id: 'ALLEGRO', name: 'Allegro' },
  { id: 'DHL', name: 'DHL' },
  { id: 'DPD', name: 'DPD' },
  { id: 'FEDEX', name: 'FedEx' },
  { id: 'GLS', name: 'GLS' },
  { id: 'INPOST', name: 'InPost' },
  { id: 'ORLEN_PACZKA', name: 'ORLEN Paczka' },
  { id: 'POCZTA_POLSKA', name: 'Poczta Polska' },
  { id: 'UPS', name: 'UPS' },
  { id: 'YUN_EXPRESS', name: 'Yun Express' },
  { id: 'OTHER' },
]

/** True when `carrierId` is on the simulator's carrier list. */
export function isKnownCarrier(carrierId: string): boolean {
  return SIM_CARRIERS.some((carrier) => carrier.id === carrierId)
}
