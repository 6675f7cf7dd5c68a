import type { AllegroSimState } from './allegro-sim-state.js'
import { DEMO_ORDER_IDS, DEMO_RETURN_ORDER_IDS } from './sim-order-seed-data.js'

const HOUR = 3_600_000

/** What the returns seed created. */
export interface DemoReturnsSeed {
  customerReturnIds: string[]
  issueIds: string[]
}

/**
 * Gives the demo seller two customer returns (a hair dryer back with the seller, a spare filter
 * just declared) and two issues (a dispute about an unsent kettle, a claim for a cracked blender
 * jug) on its seeded orders; skipped when the seller already has returns or issues.
 */
export function seedDemoReturns(
  state: AllegroSimState,
  sellerLogin: string,
  now: Date,
): DemoReturnsSeed {
  const store = state.returns
  const existing = {
    customerReturnIds: [...store.returns.values()]
      .filter((r) => r.sellerLogin === sellerLogin)
      .map((r) => r.id),
    issueIds: [...store.issues.values()]
      .filter((i) => i.sellerLogin === sellerLogin)
      .map((i) => i.id),
  }
  if (existing.customerReturnIds.length > 0 || existing.issueIds.length > 0) return existing
  const ago = (hours: number) => new Date(now.getTime() - hours * HOUR)
  const order = (id: string) => state.orders.orders.get(id)
  const dryer = order(DEMO_RETURN_ORDER_IDS.dryer)
  const vacuum = order(DEMO_RETURN_ORDER_IDS.vacuum)
  const kettle = order(DEMO_ORDER_IDS.kettle)
  const blender = order(DEMO_ORDER_IDS.blender)
  if (!dryer || !vacuum || !kettle || !blender) return existing

  const returned = store.addCustomerReturn({
    orderId: dryer.id,
    createdAt: ago(72),
    status: 'DELIVERED',
    items: [
      {
        lineItemId: dryer.lineItems[0]!.id,
        reasonType: 'DONT_LIKE_IT',
        userComment:
          'Suszarka jest dla mnie za ciężka i za głośna. Użyłam jej tylko raz, odsyłam w oryginalnym opakowaniu.',
      },
    ],
    parcels: [{ waybill: 'AD000R28X72', carrierId: 'ALLEGRO', createdAt: ago(60) }],
  })
  const filter = vacuum.lineItems.find((item) => item.name.startsWith('Filtr'))!
  const declared = store.addCustomerReturn({
    orderId: vacuum.id,
    createdAt: ago(20),
    items: [
      {
        lineItemId: filter.id,
        quantity: 1,
        reasonType: 'MISTAKE',
        userComment:
          'Filtr okazał się zbędny – w zestawie z odkurzaczem był już zapasowy. Odkurzacz zostawiamy.',
      },
    ],
  })
  const dispute = store.openIssue({
    orderId: kettle.id,
    type: 'DISPUTE',
    openedAt: ago(4),
    subject: 'Nie otrzymałem towaru po wpłacie',
    description: 'Zapłaciłam w poniedziałek, a paczka nadal nie została nadana.',
    text: 'Dzień dobry, zapłaciłam za czajnik w poniedziałek i do dziś nie dostałam numeru przesyłki. Proszę o wysłanie paczki jeszcze dziś albo o zwrot pieniędzy.',
  })
  const claim = store.openIssue({
    orderId: blender.id,
    type: 'CLAIM',
    openedAt: ago(2),
    right: 'COMPLAINT',
    reasonType: 'PRODUCT_AND_PARCEL_DAMAGED_IN_TRANSIT',
    reasonDescription: 'Pęknięty dzbanek, zgnieciony karton',
    expectations: [{ name: 'EXCHANGE', refund: null }],
    lineItemId: blender.lineItems[0]!.id,
    text: 'Blender dotarł z pękniętym dzbankiem, karton był zgnieciony już przy odbiorze od kuriera. Proszę o wymianę na nowy egzemplarz. Zdjęcie uszkodzenia wysłałem w wiadomości.',
  })
  return {
    customerReturnIds: [returned.id, declared.id],
    issueIds: [dispute.id, claim.id],
  }
}
