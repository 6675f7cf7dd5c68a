import type { TrackingStatus } from '../../contract.js'

/** A ShipX status: our reading of it, its Polish title and an English one. */
export type InpostStatusEntry = readonly [status: TrackingStatus | null, pl: string, en: string]

const NOT_DELIVERABLE = 'Brak możliwości doręczenia.'
const STORED_EXPIRED = 'Upłynął termin odbioru paczki magazynowanej.'

/**
 * Every status ShipX lists (GET /v1/statuses, ShipX API docs "Statuses"). Polish titles follow
 * ShipX's pl_PL titles; the English ones are ours, kept short. Readings: a parcel dropped at a
 * locker or point is with InPost (in_transit); "avizo" and the undelivered_* reasons are failed
 * courier attempts; a refusal, the undeliverable-parcels warehouse, an expired pickup, a delay
 * warning, an oversized parcel, a complaint and a cancelled label need an agent (exception);
 * "other" and "missing" (no title in ShipX) say nothing and read as null.
 */
export const INPOST_STATUSES: Readonly<Record<string, InpostStatusEntry>> = {
  created: ['info_received', 'Przesyłka utworzona.', 'Shipment created.'],
  offers_prepared: ['info_received', 'Przygotowano oferty.', 'Offers prepared.'],
  offer_selected: ['info_received', 'Oferta wybrana.', 'Offer selected.'],
  confirmed: ['info_received', 'Przygotowana przez Nadawcę.', 'Prepared by the sender.'],
  dispatched_by_sender: [
    'in_transit',
    'Paczka nadana w paczkomacie.',
    'Posted at a parcel locker.',
  ],
  dispatched_by_sender_to_pok: [
    'in_transit',
    'Nadana w Punkcie Obsługi Klienta.',
    'Posted at a customer service point.',
  ],
  stored_by_sender: [
    'in_transit',
    'Umieszczona w Paczkomacie nadawczym.',
    "Placed in the sender's parcel locker.",
  ],
  collected_from_sender: ['in_transit', 'Odebrana od klienta.', 'Collected from the sender.'],
  taken_by_courier: ['in_transit', 'Odebrana od Nadawcy.', 'Picked up by the courier.'],
  taken_by_courier_from_pok: [
    'in_transit',
    'W drodze do oddziału nadawczego InPost.',
    'On its way to the InPost dispatch branch.',
  ],
  adopted_at_source_branch: [
    'in_transit',
    'Przyjęta w oddziale InPost.',
    'Received at the InPost branch.',
  ],
  sent_from_source_branch: ['in_transit', 'W trasie.', 'In transit.'],
  adopted_at_sorting_center: [
    'in_transit',
    'Przyjęta w Sortowni.',
    'Received at the sorting centre.',
  ],
  sent_from_sorting_center: ['in_transit', 'Wysłana z Sortowni.', 'Sent from the sorting centre.'],
  adopted_at_target_branch: [
    'in_transit',
    'Przyjęta w Oddziale Docelowym.',
    'Received at the destination branch.',
  ],
  redirect_to_box: ['in_transit', 'Przekierowano do Paczkomatu.', 'Redirected to a parcel locker.'],
  canceled_redirect_to_box: ['in_transit', 'Anulowano przekierowanie.', 'Redirection cancelled.'],
  readdressed: ['in_transit', 'Przekierowano na inny adres.', 'Redirected to another address.'],
  unstack_from_customer_service_point: [
    'in_transit',
    'W drodze do wybranego paczkomatu.',
    'On its way to the chosen parcel locker.',
  ],
  unstack_from_box_machine: [
    'in_transit',
    'W drodze do wybranego paczkomatu.',
    'On its way to the chosen parcel locker.',
  ],
  taken_by_courier_from_customer_service_point: [
    'in_transit',
    'Odebrana przez kuriera z punktu obsługi klienta.',
    'Taken by the courier from the pick-up point.',
  ],
  out_for_delivery: ['out_for_delivery', 'Przekazano do doręczenia.', 'Handed over for delivery.'],
  out_for_delivery_to_address: ['out_for_delivery', 'W doręczeniu.', 'Out for delivery.'],
  pickup_reminder_sent_address: ['out_for_delivery', 'W doręczeniu.', 'Out for delivery.'],
  ready_to_pickup: [
    'available_for_pickup',
    'Umieszczona w Paczkomacie (odbiorczym).',
    'Placed in the destination parcel locker.',
  ],
  ready_to_pickup_from_pok: [
    'available_for_pickup',
    'Czeka na odbiór w Punkcie Obsługi Paczek.',
    'Waiting for collection at a parcel service point.',
  ],
  ready_to_pickup_from_pok_registered: [
    'available_for_pickup',
    'Czeka na odbiór w Punkcie Obsługi Klienta.',
    'Waiting for collection at a customer service point.',
  ],
  ready_to_pickup_from_branch: [
    'available_for_pickup',
    'Paczka nieodebrana – czeka w Oddziale.',
    'Not collected; waiting at the InPost branch.',
  ],
  pickup_reminder_sent: [
    'available_for_pickup',
    'Przypomnienie o czekającej paczce.',
    'Reminder sent: the parcel is waiting.',
  ],
  stack_in_box_machine: [
    'available_for_pickup',
    'Paczka magazynowana w tymczasowym automacie.',
    'Stored in a temporary parcel locker.',
  ],
  stack_in_customer_service_point: [
    'available_for_pickup',
    'Paczka magazynowana w POP.',
    'Stored at a pick-up point.',
  ],
  courier_avizo_in_customer_service_point: [
    'available_for_pickup',
    'Oczekuje na odbiór.',
    'Waiting for collection at a pick-up point after a delivery attempt.',
  ],
  delivered: ['delivered', 'Dostarczona.', 'Delivered.'],
  avizo: ['failed_attempt', 'Powrót do oddziału.', 'Back at the branch after a delivery attempt.'],
  undelivered_wrong_address: ['failed_attempt', NOT_DELIVERABLE, 'Not delivered: wrong address.'],
  undelivered_incomplete_address: [
    'failed_attempt',
    NOT_DELIVERABLE,
    'Not delivered: incomplete address.',
  ],
  undelivered_unknown_receiver: [
    'failed_attempt',
    NOT_DELIVERABLE,
    'Not delivered: recipient unknown.',
  ],
  undelivered_cod_cash_receiver: [
    'failed_attempt',
    NOT_DELIVERABLE,
    'Not delivered: the recipient could not pay cash on delivery.',
  ],
  undelivered_no_mailbox: ['failed_attempt', NOT_DELIVERABLE, 'Not delivered: no mailbox.'],
  undelivered_not_live_address: [
    'failed_attempt',
    NOT_DELIVERABLE,
    'Not delivered: the recipient does not live at the address.',
  ],
  undelivered_lack_of_access_letterbox: [
    'failed_attempt',
    NOT_DELIVERABLE,
    'Not delivered: no access to the letterbox.',
  ],
  undelivered: [
    'exception',
    'Przekazanie do magazynu przesyłek niedoręczalnych.',
    'Moved to the undeliverable-parcels warehouse.',
  ],
  rejected_by_receiver: ['exception', 'Odmowa przyjęcia.', 'Refused by the recipient.'],
  delay_in_delivery: ['exception', 'Możliwe opóźnienie doręczenia.', 'Delivery may be delayed.'],
  pickup_time_expired: ['exception', 'Upłynął termin odbioru.', 'Collection period expired.'],
  stack_parcel_pickup_time_expired: [
    'exception',
    STORED_EXPIRED,
    'Collection period of the stored parcel expired.',
  ],
  stack_parcel_in_box_machine_pickup_time_expired: [
    'exception',
    STORED_EXPIRED,
    'Collection period in the temporary parcel locker expired.',
  ],
  oversized: ['exception', 'Przesyłka ponadgabarytowa.', 'Oversized parcel.'],
  claimed: ['exception', 'Zareklamowana w Paczkomacie.', 'Complaint filed at the parcel locker.'],
  canceled: ['exception', 'Anulowano etykietę.', 'Label cancelled.'],
  returned_to_sender: ['returned_to_sender', 'Zwrot do nadawcy.', 'Returned to the sender.'],
  return_pickup_confirmation_to_sender: [
    'returned_to_sender',
    'Przygotowano dokumenty zwrotne.',
    'Return documents prepared for the sender.',
  ],
  other: [null, 'Inny status.', 'Other status.'],
  missing: [null, 'Status bez opisu.', 'Status without a description.'],
}

/**
 * The title of an InPost status in Polish or English (other languages get English), or null
 * for a status ShipX does not list.
 */
export function inpostStatusTitle(code: string, language: string = 'pl'): string | null {
  const entry = INPOST_STATUSES[code.trim().toLowerCase()]
  if (!entry) return null
  return language.slice(0, 2).toLowerCase() === 'pl' ? entry[1] : entry[2]
}
