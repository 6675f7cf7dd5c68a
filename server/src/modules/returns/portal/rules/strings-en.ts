import type { PortalStrings } from './portal-strings.js'

const until = (deadline: string | null) => (deadline ? ` — until ${deadline}` : '')

/** The portal in English; "the Act" is Poland's Consumer Rights Act (Ustawa o prawach konsumenta). */
export const EN: PortalStrings = {
  portalTitle: 'Returns and complaints',
  lookupTitle: 'Return or complaint',
  lookupIntro: 'Enter your order number and the e-mail address you ordered with.',
  orderNumber: 'Order number',
  email: 'E-mail',
  findOrder: 'Find my order',
  lookupFailed:
    "We couldn't find an order with this number and e-mail address. Check both — the number is in your order confirmation.",
  lookupIncomplete: 'Enter the order number and your e-mail address.',
  portalClosedTitle: 'Returns through the shop',
  portalClosed:
    'This shop handles returns and complaints directly — write to the seller and they will tell you how to send the item back.',
  order: (number) => `Order ${number}`,
  chooseTitle: 'What would you like to return or complain about?',
  chooseIntro: 'Tick the items and choose what your request is about.',
  quantity: 'Quantity',
  sealedQuestion: 'Did you break the seal or open the sealed packaging?',
  sealedYes: 'Yes, opened',
  sealedNo: 'No, still sealed',
  kindQuestion: 'Type of request',
  kinds: {
    withdrawal: {
      label: 'Return (withdraw from the purchase)',
      hint: 'You change your mind, no reason needed — usually within 14 days of receiving it.',
    },
    complaint: {
      label: 'Complaint',
      hint: 'The item is faulty, damaged or not as described.',
    },
  },
  continue: 'Continue',
  pickItem: 'Tick at least one item.',
  pickKind: 'Choose a return or a complaint.',
  notReturnable: 'This order was cancelled — there is nothing to return.',
  existingCases: 'Your requests for this order',
  eligibilityTitle: 'Can you send this request?',
  eligible: 'Eligible',
  notEligible: 'Cannot be returned',
  decisionAccept: {
    withdrawal: 'You can withdraw from the purchase of the ticked items.',
    complaint: 'You can file a complaint.',
  },
  decisionRefuse: {
    withdrawal: 'These items cannot be returned by withdrawing from the purchase.',
    complaint: 'We cannot accept this complaint.',
  },
  complaintInstead:
    'If the item is faulty or not as described, you can still file a complaint — the return exceptions do not apply to it.',
  complaintInsteadButton: 'File a complaint',
  detailsTitle: 'Details',
  reasonLabel: 'Reason',
  reasons: {
    changed_mind: 'Changed my mind',
    wrong_size: 'Wrong size',
    not_as_described: 'Not as described',
    wrong_item: 'Received the wrong item',
    damaged_in_transit: 'Damaged in transit',
    defective: 'Faulty',
    stopped_working: 'Stopped working',
    missing_parts: 'Parts missing',
    late_delivery: 'Arrived too late',
    other: 'Other reason',
  },
  descriptionLabel: 'Description',
  descriptionHint: {
    withdrawal: 'Optional: anything the seller should know.',
    complaint: 'Describe the fault: what happens, since when, in which situations.',
  },
  remedyLabel: 'What do you ask for?',
  remedyOrder:
    'By law you first ask for a repair or a replacement. A price reduction or withdrawal is possible when the seller refuses or fails to repair or replace the item, when the fault comes back, or when it is so serious that it justifies this at once (art. 43d–43e of the Act). An insignificant fault does not allow withdrawal.',
  remedies: {
    repair: 'Repair',
    replacement: 'Replacement with a new one',
    price_reduction: 'Price reduction',
    withdrawal: 'Withdrawal (money back)',
  },
  photosLabel: 'Photos',
  photosHint: (max, megabytes) =>
    `Up to ${max} photos (JPEG, PNG or WebP), ${megabytes} MB each. For a complaint, show the fault.`,
  emailLabel: 'Contact e-mail (optional)',
  emailHintOrder: (masked) =>
    `We'll reply to the address on your order (${masked}) unless you give another one.`,
  emailHintNone: 'Tell us where to send the confirmation and our reply.',
  submit: { withdrawal: 'Send return request', complaint: 'File complaint' },
  changeSelection: 'Change selection',
  issues: {
    items_required: 'Tick at least one item.',
    kind_required: 'Choose a return or a complaint.',
    reason_required: 'Choose a reason.',
    description_too_long: 'The description can be at most 5000 characters long.',
    description_required: 'Describe the fault — the seller needs it to handle the complaint.',
    remedy_required: 'Choose what you ask for.',
    email_invalid: "That doesn't look like an e-mail address.",
    email_required: 'Give an e-mail address so that we can reply.',
    photos_too_many: 'You can add at most 5 photos.',
    photo_too_large: 'A photo is too large — each may be at most 8 MB.',
    photo_type: 'This file is not a JPEG, PNG or WebP photo.',
    photos_required: 'Choose at least one photo.',
    form_expired: 'The form has expired — please choose the items again.',
  },
  explain: {
    period_expired: ({ deadline }) =>
      deadline
        ? `The period to withdraw ended on ${deadline} (14 days from receiving the item, art. 27 of the Act).`
        : 'The period to withdraw (14 days from receiving the item, art. 27 of the Act) has ended.',
    liability_expired: ({ deadline }) =>
      `The seller is liable for faults that show within 2 years of delivery (art. 43b of the Act)${deadline ? `; that period ended on ${deadline}` : ' — that period has ended'}.`,
    no_statutory_right: () =>
      "The statutory right to withdraw belongs to consumers; for a business purchase the seller's terms apply.",
    exception_personalized: () =>
      'Items made to your specification or personalised cannot be returned (art. 38(1)(3) of the Act).',
    exception_perishable: () =>
      'Perishable items or items with a short shelf life cannot be returned (art. 38(1)(4) of the Act).',
    exception_sealed_hygiene: () =>
      'The item came sealed and cannot be returned once opened, for health or hygiene reasons (art. 38(1)(5) of the Act).',
    exception_sealed_media: () =>
      'Sealed audio or video recordings and software cannot be returned once unsealed (art. 38(1)(9) of the Act).',
    exception_newspaper: () =>
      'Newspapers, periodicals and magazines cannot be returned (art. 38(1)(10) of the Act).',
    exception_mixed: () =>
      'Items inseparably mixed with other goods after delivery cannot be returned (art. 38(1)(6) of the Act).',
    no_nonconformity: () =>
      'We examined the item and found no lack of conformity with the contract (art. 43b of the Act).',
    damage_caused_by_buyer: () =>
      'The damage arose after delivery (for example from a blow or improper use), so it is not a defect the seller is liable for (art. 43b of the Act).',
    within_statutory_period: ({ deadline }) =>
      `You are within the 14-day period to withdraw${until(deadline)} (art. 27 of the Act).`,
    within_seller_period: ({ deadline }) =>
      `The shop gives you more time to return than the law requires${until(deadline)}.`,
    within_programme_period: ({ deadline }) =>
      `The marketplace's returns programme gives you more time than the law requires${until(deadline)}.`,
    extended_not_informed: ({ deadline }) =>
      `You were not told about the right to withdraw, so the period is 12 months longer${until(deadline)} (art. 29(1) of the Act).`,
    information_given_late: ({ deadline }) =>
      `You were told about the right to withdraw late, so the 14 days count from that day${until(deadline)} (art. 29(2) of the Act).`,
    within_liability: ({ deadline }) =>
      `The seller is liable for faults that show within 2 years of delivery${until(deadline)} (art. 43b of the Act).`,
    regime_consumer_rights_2023: () =>
      "We handle the complaint under the Consumer Rights Act's rules on non-conformity (chapter 5a).",
    regime_civil_code_warranty: () =>
      "Ordered before 2023: we handle the complaint under the Civil Code's warranty (rękojmia).",
    regime_civil_code_b2b: () =>
      'Business purchase: we handle the complaint under the Civil Code and the contract terms.',
    partial_exception: () => 'Some items cannot be returned — see each item.',
  },
  returnGoodsBy: (date) => `Send the items back by ${date} (art. 34 of the Act).`,
  refundBy: (date) => `Refund by ${date} at the latest (art. 32 of the Act).`,
  respondBy: (date) => `We will answer your complaint by ${date}.`,
  deemedAccepted: (date) =>
    `If we do not answer by ${date}, your complaint is deemed accepted (art. 7a of the Act).`,
  statusTitle: (number) => `Request ${number}`,
  statusWords: {
    new: 'Received — waiting to be handled',
    awaiting_item: 'Waiting for the item to arrive',
    received: 'The item has reached the shop',
    inspected: 'The item has been checked',
    accepted: 'Accepted',
    refused: 'Refused',
    resolved: 'Closed',
  },
  kindName: { withdrawal: 'Return', complaint: 'Complaint' },
  itemsTitle: 'Items',
  deadlinesTitle: 'Deadlines',
  decisionTitle: 'Decision',
  decisionAccepted: 'Your request was accepted.',
  decisionRefused: 'Your request was refused.',
  refundTitle: 'Refund',
  refundStates: {
    pending: 'Being prepared',
    requested: 'Ordered',
    done: 'Paid',
    failed: 'In progress — the shop is retrying the payment',
  },
  returnAddressTitle: 'Where to send the item',
  historyTitle: 'History',
  events: {
    opened: 'Request received',
    item_requested: 'The shop asks you to send the item back',
    received: 'The item has reached the shop',
    accepted: 'Request accepted',
    refused: 'Request refused',
    refund_done: 'Money refunded',
    replacement_sent: 'Replacement sent',
    repair_done: 'Item repaired',
    deemed_accepted: 'Complaint accepted — no answer in time (art. 7a of the Act)',
  },
  customerEvent: 'Your addition',
  photoEvent: 'You added a photo',
  addPhotos: 'Add photos',
  uploadPhotos: 'Upload photos',
  photosAdded: (count) => (count === 1 ? '1 photo added.' : `${count} photos added.`),
  created: "Done! We've received your request and sent a confirmation by e-mail.",
  tooManyTitle: 'Too many attempts',
  tooMany: (minutes) => `Please try again in ${minutes} min.`,
  caseNotFoundTitle: "We can't find this request",
  caseNotFound: "Check that the link is the same as in the shop's message.",
  backToOrder: 'Back to the order',
  toTracking: 'Order tracking',
}
