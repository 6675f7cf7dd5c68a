import {
  type Marketplace,
  ORDER_STATUSES,
  type OrderStatus,
  PRODUCT_FLAGS,
  type ProductFlag,
} from '../../contract.js'
import { InvalidValue } from './invalid-value.js'
import { foldHeaderName } from './map-csv-header.js'

const STATUS_WORDS = new Map<string, OrderStatus>([
  ...ORDER_STATUSES.map((s) => [s, s] as const),
  ...(['nowe', 'nowy', 'zlozone', 'przyjete', 'new', 'pending'] as const).map(
    (w) => [w, 'placed'] as const,
  ),
  ...(['oplacone', 'zaplacone', 'oplacono'] as const).map((w) => [w, 'paid'] as const),
  ...(['do_wyslania', 'gotowe_do_wysylki', 'w_realizacji', 'spakowane', 'processing'] as const).map(
    (w) => [w, 'ready_to_ship'] as const,
  ),
  ...(['wyslane', 'wyslano', 'nadane', 'w_drodze', 'sent'] as const).map(
    (w) => [w, 'shipped'] as const,
  ),
  ...(['dostarczone', 'doreczone', 'odebrane', 'zrealizowane', 'completed'] as const).map(
    (w) => [w, 'delivered'] as const,
  ),
  ...(['anulowane_przez_kupujacego', 'anulowane_przez_klienta'] as const).map(
    (w) => [w, 'cancelled_by_buyer'] as const,
  ),
  ...(
    ['anulowane', 'anulowano', 'anulowane_przez_sprzedajacego', 'cancelled', 'canceled'] as const
  ).map((w) => [w, 'cancelled_by_seller'] as const),
  ...(['zwrocone', 'zwrot', 'zwrocono'] as const).map((w) => [w, 'returned'] as const),
])

/**
 * An order status from its canonical name or a Polish or English word a shop export uses
 * ("wysłane" → shipped, "dostarczone" → delivered); plain "anulowane"/"cancelled" is a seller
 * cancellation, "anulowane przez kupującego" the buyer's.
 */
export function parseOrderStatus(text: string): OrderStatus | InvalidValue {
  return (
    STATUS_WORDS.get(foldHeaderName(text)) ??
    new InvalidValue(`is not a known status (${ORDER_STATUSES.join(', ')}, or a Polish word)`)
  )
}

const MARKETPLACES: Marketplace[] = ['allegro', 'amazon', 'kaufland', 'emag', 'shop']
const SHOP_WORDS = new Set(['shop', 'sklep', 'sklep_internetowy', 'www', 'own', 'webshop'])

/** The marketplace an order came from; a country suffix is ignored ("amazon.de" → amazon). */
export function parseMarketplace(text: string): Marketplace | InvalidValue {
  const folded = foldHeaderName(text)
  if (SHOP_WORDS.has(folded)) return 'shop'
  const found = MARKETPLACES.find((m) => folded === m || folded.startsWith(`${m}_`))
  return found ?? new InvalidValue(`is not a marketplace (${MARKETPLACES.join(', ')})`)
}

const FLAG_WORDS = new Map<string, ProductFlag>([
  ...PRODUCT_FLAGS.map((f) => [f, f] as const),
  ['personalizowany', 'personalized'],
  ['na_zamowienie', 'made_to_order'],
  ['szybko_psujacy', 'perishable'],
  ['latwo_psujacy', 'perishable'],
  ['higieniczny', 'sealed_hygiene'],
  ['nagranie', 'sealed_media'],
  ['gazeta', 'newspaper'],
  ['prasa', 'newspaper'],
])

/**
 * Product flags separated by `;`, `,` or `|` (the flags that decide the right of withdrawal,
 * Ustawa o prawach konsumenta art. 38); duplicates collapse, order is kept.
 */
export function parseProductFlags(text: string): ProductFlag[] | InvalidValue {
  const flags: ProductFlag[] = []
  for (const word of text.split(/[;,|]/)) {
    if (word.trim() === '') continue
    const flag = FLAG_WORDS.get(foldHeaderName(word))
    if (!flag)
      return new InvalidValue(
        `names an unknown flag "${word.trim()}" (${PRODUCT_FLAGS.join(', ')})`,
      )
    if (!flags.includes(flag)) flags.push(flag)
  }
  return flags
}

/** A whole number within bounds ("2", not "2,5" or "2 szt."). */
export function parseWholeNumber(text: string, min: number, max: number): number | InvalidValue {
  const value = text.trim()
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max)
    return new InvalidValue(`is not a whole number from ${min} to ${max.toLocaleString('en')}`)
  return Number(value)
}

const CURRENCY_WORDS: Record<string, string> = { zl: 'PLN', zł: 'PLN', '€': 'EUR', $: 'USD' }

/** An ISO 4217 code, upper-cased; `zł` is PLN and `€` EUR as Polish spreadsheets write them. */
export function parseCurrencyCode(
  text: string,
  digitsOf: (code: string) => number | null,
): string | InvalidValue {
  const value = text.trim()
  const code = CURRENCY_WORDS[value.toLowerCase()] ?? value.toUpperCase()
  if (!/^[A-Z]{3}$/.test(code) || digitsOf(code) === null)
    return new InvalidValue('is not an ISO 4217 currency code (PLN, EUR, …)')
  return code
}

const COUNTRY_WORDS: Record<string, string> = {
  polska: 'PL',
  poland: 'PL',
  niemcy: 'DE',
  deutschland: 'DE',
  germany: 'DE',
  czechy: 'CZ',
  czechia: 'CZ',
  cesko: 'CZ',
  slowacja: 'SK',
  slovakia: 'SK',
  rumunia: 'RO',
  romania: 'RO',
  wegry: 'HU',
  hungary: 'HU',
  bulgaria: 'BG',
}

/** An ISO 3166-1 alpha-2 country code; a few country names (Polska, Niemcy…) are understood. */
export function parseCountryCode(text: string): string | InvalidValue {
  const value = text.trim()
  const code = COUNTRY_WORDS[foldHeaderName(value)] ?? value.toUpperCase()
  return /^[A-Z]{2}$/.test(code)
    ? code
    : new InvalidValue('is not a two-letter country code (PL, DE, …)')
}

/** An e-mail address as given, checked for the shape local@domain.tld. */
export function parseEmail(text: string): string | InvalidValue {
  const value = text.trim()
  return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value)
    ? value
    : new InvalidValue('is not an e-mail address')
}

/** A phone number as given; it must hold 6 to 15 digits (ITU-T E.164) and only dialling signs. */
export function parsePhone(text: string): string | InvalidValue {
  const value = text.trim()
  const digits = value.replace(/\D/g, '').length
  return /^[+\d][\d ()./-]*$/.test(value) && digits >= 6 && digits <= 15
    ? value
    : new InvalidValue('is not a phone number')
}

/** A language tag such as `pl`, `de` or `pl-PL` (BCP 47 language and region), normalised. */
export function parseLocale(text: string): string | InvalidValue {
  const match = /^([a-z]{2,3})(?:[-_]([a-z]{2}))?$/i.exec(text.trim())
  if (!match) return new InvalidValue('is not a language code (pl, de, pl-PL)')
  return match[2] ? `${match[1]!.toLowerCase()}-${match[2].toUpperCase()}` : match[1]!.toLowerCase()
}
