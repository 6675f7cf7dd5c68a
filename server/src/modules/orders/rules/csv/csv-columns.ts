/** One column of an import format: its canonical name, whether it is required, and aliases. */
export interface CsvColumn<Name extends string = string> {
  name: Name
  required: boolean
  /** Other header spellings accepted (already folded: lower case, no diacritics, `_`). */
  aliases: readonly string[]
}

const column = <const Name extends string>(
  name: Name,
  aliases: readonly string[],
  required = false,
): CsvColumn<Name> => ({ name, required, aliases })

/**
 * The orders format, one row per order line (docs/import-csv.md). Aliases cover the Polish
 * headers sellers' shop exports and spreadsheets use ("Numer zamówienia", "Data zamówienia").
 */
export const ORDER_CSV_COLUMNS = [
  column(
    'order_number',
    ['numer_zamowienia', 'nr_zamowienia', 'zamowienie', 'order_no', 'number'],
    true,
  ),
  column('external_id', ['id_zewnetrzne', 'identyfikator', 'order_id', 'id']),
  column('marketplace', ['kanal', 'kanal_sprzedazy', 'platforma', 'channel']),
  column('status', ['status_zamowienia', 'stan_zamowienia', 'order_status']),
  column(
    'placed_at',
    ['data_zamowienia', 'data_zlozenia', 'data', 'order_date', 'created_at'],
    true,
  ),
  column('paid_at', ['data_platnosci', 'data_zaplaty', 'payment_date']),
  column('ship_by', ['termin_wysylki', 'wyslac_do', 'ship_by_date']),
  column('delivered_at', ['data_dostarczenia', 'data_doreczenia', 'delivery_date']),
  column('currency', ['waluta']),
  column('buyer_name', [
    'kupujacy',
    'nazwa_kupujacego',
    'imie_i_nazwisko',
    'klient',
    'customer_name',
  ]),
  column('buyer_email', [
    'email_kupujacego',
    'e_mail_kupujacego',
    'email',
    'e_mail',
    'adres_email',
    'customer_email',
  ]),
  column('buyer_phone', ['telefon_kupujacego', 'telefon', 'nr_telefonu', 'phone']),
  column('buyer_login', ['login_kupujacego', 'login']),
  column('locale', ['jezyk', 'language']),
  column('ship_name', ['odbiorca', 'nazwa_odbiorcy', 'adresat']),
  column('ship_street', ['ulica', 'adres', 'adres_dostawy', 'street']),
  column('ship_city', ['miasto', 'miejscowosc', 'city']),
  column('ship_post_code', ['kod_pocztowy', 'postal_code', 'post_code', 'zip']),
  column('ship_country', ['kraj', 'kraj_dostawy', 'country']),
  column('item_sku', ['sku', 'kod_produktu', 'symbol']),
  column('item_name', ['nazwa_produktu', 'produkt', 'nazwa', 'product_name', 'item'], true),
  column('item_quantity', ['ilosc', 'liczba_sztuk', 'quantity', 'qty']),
  column(
    'item_unit_price',
    ['cena_jednostkowa', 'cena', 'cena_brutto', 'unit_price', 'price'],
    true,
  ),
  column('item_flags', ['flagi', 'cechy_produktu', 'flags']),
  column('shipping_price', ['koszt_dostawy', 'koszt_wysylki', 'shipping', 'shipping_cost']),
  column('invoice_number', ['numer_faktury', 'nr_faktury', 'faktura', 'invoice']),
  column('carrier', ['przewoznik', 'kurier', 'courier']),
  column('tracking_number', [
    'numer_przesylki',
    'nr_przesylki',
    'numer_listu_przewozowego',
    'list_przewozowy',
    'tracking',
  ]),
] as const

/** A canonical orders column name. */
export type OrderCsvColumn = (typeof ORDER_CSV_COLUMNS)[number]['name']

/** The products format: the catalogue keyed by SKU (docs/import-csv.md). */
export const PRODUCT_CSV_COLUMNS = [
  column('sku', ['kod_produktu', 'kod', 'symbol', 'indeks'], true),
  column('name', ['nazwa', 'nazwa_produktu', 'product_name'], true),
  column('stock', ['stan', 'stan_magazynowy', 'ilosc', 'quantity']),
  column('availability_text', ['dostepnosc', 'availability']),
  column('flags', ['flagi', 'cechy_produktu']),
] as const

/** A canonical products column name. */
export type ProductCsvColumn = (typeof PRODUCT_CSV_COLUMNS)[number]['name']
