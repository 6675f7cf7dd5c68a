import type { ExportLocale } from './export-format.js'

/** The column and row names the export uses. */
export type ExportField =
  | 'id'
  | 'name'
  | 'email'
  | 'phone'
  | 'locale'
  | 'createdAt'
  | 'updatedAt'
  | 'kind'
  | 'externalId'
  | 'purpose'
  | 'granted'
  | 'recordedAt'
  | 'source'
  | 'author'
  | 'body'
  | 'key'
  | 'value'
  | 'number'
  | 'marketplace'
  | 'status'
  | 'placedAt'
  | 'total'
  | 'shippingAddress'
  | 'item'
  | 'sku'
  | 'quantity'
  | 'unitPrice'
  | 'channel'
  | 'subject'
  | 'startedAt'
  | 'sentAt'
  | 'direction'
  | 'openedAt'
  | 'resolvedAt'
  | 'reason'
  | 'order'
  | 'rating'
  | 'postedAt'
  | 'at'
  | 'actor'
  | 'action'
  | 'detail'

/** Every fixed text of the export document, per language. */
export interface ExportLabels {
  title: string
  intro: string
  generatedAt: string
  controller: string
  none: string
  yes: string
  no: string
  sections: {
    profile: string
    identities: string
    consents: string
    notes: string
    tags: string
    attributes: string
    orders: string
    conversations: string
    returns: string
    reviews: string
    auditEntries: string
  }
  fields: Record<ExportField, string>
  purposes: Record<string, string>
  directions: { inbound: string; outbound: string }
  returnKinds: { withdrawal: string; complaint: string }
}

const PL: ExportLabels = {
  title: 'Kopia Twoich danych osobowych',
  intro:
    'Na Twoje żądanie przekazujemy kopię danych osobowych, które przetwarzamy w związku z Twoimi zakupami i kontaktem z nami (art. 15 ust. 3 RODO). Ten sam zestaw danych w formacie JSON, nadający się do przeniesienia, otrzymujesz obok (art. 20 RODO).',
  generatedAt: 'Wygenerowano',
  controller: 'Administrator danych',
  none: 'Brak danych',
  yes: 'tak',
  no: 'nie',
  sections: {
    profile: 'Profil',
    identities: 'Konta i identyfikatory',
    consents: 'Zgody',
    notes: 'Notatki obsługi',
    tags: 'Etykiety',
    attributes: 'Dodatkowe informacje',
    orders: 'Zamówienia',
    conversations: 'Rozmowy',
    returns: 'Zwroty i reklamacje',
    reviews: 'Opinie',
    auditEntries: 'Historia działań na danych',
  },
  fields: {
    id: 'Identyfikator',
    name: 'Imię i nazwisko',
    email: 'E-mail',
    phone: 'Telefon',
    locale: 'Język',
    createdAt: 'Utworzono',
    updatedAt: 'Zaktualizowano',
    kind: 'Rodzaj',
    externalId: 'Identyfikator',
    purpose: 'Cel',
    granted: 'Zgoda',
    recordedAt: 'Data',
    source: 'Źródło',
    author: 'Autor',
    body: 'Treść',
    key: 'Nazwa',
    value: 'Wartość',
    number: 'Numer',
    marketplace: 'Kanał sprzedaży',
    status: 'Status',
    placedAt: 'Złożono',
    total: 'Wartość',
    shippingAddress: 'Adres dostawy',
    item: 'Produkt',
    sku: 'SKU',
    quantity: 'Ilość',
    unitPrice: 'Cena jedn.',
    channel: 'Kanał',
    subject: 'Temat',
    startedAt: 'Rozpoczęto',
    sentAt: 'Wysłano',
    direction: 'Nadawca',
    openedAt: 'Zgłoszono',
    resolvedAt: 'Zakończono',
    reason: 'Powód',
    order: 'Zamówienie',
    rating: 'Ocena',
    postedAt: 'Opublikowano',
    at: 'Kiedy',
    actor: 'Kto',
    action: 'Działanie',
    detail: 'Szczegóły',
  },
  purposes: { marketing_email: 'Marketing e-mailem', marketing_sms: 'Marketing SMS-em' },
  directions: { inbound: 'Ty', outbound: 'Sprzedawca' },
  returnKinds: { withdrawal: 'Odstąpienie od umowy', complaint: 'Reklamacja' },
}

const EN: ExportLabels = {
  title: 'A copy of your personal data',
  intro:
    'As you asked, this is a copy of the personal data we process about your purchases and your contact with us (GDPR art. 15(3)). The same data in portable JSON form comes with it (GDPR art. 20).',
  generatedAt: 'Generated',
  controller: 'Data controller',
  none: 'Nothing recorded',
  yes: 'yes',
  no: 'no',
  sections: {
    profile: 'Profile',
    identities: 'Accounts and identifiers',
    consents: 'Consents',
    notes: 'Service notes',
    tags: 'Tags',
    attributes: 'Additional information',
    orders: 'Orders',
    conversations: 'Conversations',
    returns: 'Returns and complaints',
    reviews: 'Reviews',
    auditEntries: 'History of actions on your data',
  },
  fields: {
    id: 'Identifier',
    name: 'Name',
    email: 'E-mail',
    phone: 'Phone',
    locale: 'Language',
    createdAt: 'Created',
    updatedAt: 'Updated',
    kind: 'Kind',
    externalId: 'Identifier',
    purpose: 'Purpose',
    granted: 'Consent',
    recordedAt: 'Date',
    source: 'Source',
    author: 'Author',
    body: 'Text',
    key: 'Name',
    value: 'Value',
    number: 'Number',
    marketplace: 'Sales channel',
    status: 'Status',
    placedAt: 'Placed',
    total: 'Total',
    shippingAddress: 'Shipping address',
    item: 'Product',
    sku: 'SKU',
    quantity: 'Quantity',
    unitPrice: 'Unit price',
    channel: 'Channel',
    subject: 'Subject',
    startedAt: 'Started',
    sentAt: 'Sent',
    direction: 'From',
    openedAt: 'Opened',
    resolvedAt: 'Resolved',
    reason: 'Reason',
    order: 'Order',
    rating: 'Rating',
    postedAt: 'Posted',
    at: 'When',
    actor: 'Who',
    action: 'Action',
    detail: 'Detail',
  },
  purposes: { marketing_email: 'Marketing by e-mail', marketing_sms: 'Marketing by SMS' },
  directions: { inbound: 'You', outbound: 'Seller' },
  returnKinds: { withdrawal: 'Withdrawal from the contract', complaint: 'Complaint' },
}

/** The export document's fixed texts in `locale`. */
export function exportLabels(locale: ExportLocale): ExportLabels {
  return locale === 'pl' ? PL : EN
}
