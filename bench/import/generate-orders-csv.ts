import { once } from 'node:events'
import fs from 'node:fs'
import { person } from '../lib/people.js'
import { seededRandom } from '../lib/stats.js'
import { CITIES, PRODUCTS, STREETS } from './catalogue.js'

/** The export's header, in the Polish column names a shop's spreadsheet export uses. */
export const HEADER = [
  'numer_zamowienia',
  'kanal',
  'status',
  'data_zamowienia',
  'data_platnosci',
  'waluta',
  'kupujacy',
  'email_kupujacego',
  'telefon_kupujacego',
  'ulica',
  'miasto',
  'kod_pocztowy',
  'kraj',
  'sku',
  'nazwa_produktu',
  'ilosc',
  'cena',
  'koszt_dostawy',
  'numer_faktury',
  'przewoznik',
  'numer_przesylki',
]

const STATUSES: [number, string][] = [
  [0.8, 'dostarczone'],
  [0.87, 'wysłane'],
  [0.92, 'opłacone'],
  [0.95, 'anulowane'],
  [0.97, 'zwrócone'],
  [1, 'delivered'],
]
const MARKETPLACES: [number, string][] = [
  [0.55, 'allegro'],
  [0.75, 'shop'],
  [0.88, 'amazon'],
  [0.96, 'kaufland'],
  [1, 'emag'],
]
const CARRIERS = ['InPost', 'DPD', 'Poczta Polska', 'DHL', 'ORLEN Paczka']

const weighted = (table: [number, string][], r: number) =>
  (table.find(([upTo]) => r < upTo) ?? table[table.length - 1]!)[1]
const two = (n: number) => String(n).padStart(2, '0')
const money = (minor: number) => `${Math.floor(minor / 100)},${two(minor % 100)}`
const quoted = (text: string) => (/[;"\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text)

interface Buyer {
  name: string
  email: string
  phone: string
  street: string
  city: string
  postCode: string
  country: string
}

/**
 * Writes `orders` orders (≈1.3 lines each: 75 % one line, 20 % two, 5 % three or four) to
 * `file` as a `;`-separated, decimal-comma CSV the way Polish Excel saves it, streaming with
 * backpressure. Buyers are 80 % Polish, 10 % German, 10 % English; a third of the orders come
 * from returning buyers. Deterministic for a given count. Returns the data lines written.
 */
export async function generateOrdersCsv(file: string, orders: number): Promise<number> {
  const random = seededRandom(20_240_305)
  const out = fs.createWriteStream(file)
  const regulars: Buyer[] = []
  const start = Date.UTC(2024, 0, 1)
  const span = 700 * 86_400_000
  let lines = 0
  let buffer = `${HEADER.join(';')}\r\n`
  for (let i = 1; i <= orders; i++) {
    let buyer: Buyer
    if (regulars.length > 1000 && random() < 0.33)
      buyer = regulars[Math.floor(random() * regulars.length)] as Buyer
    else {
      const who = person(random)
      const [city, prefix] = CITIES[Math.floor(random() * CITIES.length)]!
      const [local, domain] = who.email.split('@') as [string, string]
      buyer = {
        name: `${who.first} ${who.last}`,
        email: `${local}.${i}@${domain}`,
        phone:
          random() < 0.7
            ? `+48 ${500 + Math.floor(random() * 300)} ${String(Math.floor(random() * 1e6))
                .padStart(6, '0')
                .replace(/(\d{3})(\d{3})/, '$1 $2')}`
            : '',
        street: `${STREETS[Math.floor(random() * STREETS.length)]} ${1 + Math.floor(random() * 120)}${random() < 0.4 ? `/${1 + Math.floor(random() * 40)}` : ''}`,
        city,
        postCode: `${prefix}-${String(Math.floor(random() * 1000)).padStart(3, '0')}`,
        country: 'PL',
      }
      if (regulars.length < 100_000) regulars.push(buyer)
    }
    const placed = new Date(
      start + Math.floor((i / orders) * span) + Math.floor(random() * 3_600_000),
    )
    const local = `${placed.getUTCFullYear()}-${two(placed.getUTCMonth() + 1)}-${two(placed.getUTCDate())} ${two(placed.getUTCHours())}:${two(placed.getUTCMinutes())}:${two(placed.getUTCSeconds())}`
    const paid = new Date(placed.getTime() + 60_000 * Math.floor(5 + random() * 120))
    const paidText = `${paid.getUTCFullYear()}-${two(paid.getUTCMonth() + 1)}-${two(paid.getUTCDate())} ${two(paid.getUTCHours())}:${two(paid.getUTCMinutes())}`
    const status = weighted(STATUSES, random())
    const shipped = ['dostarczone', 'wysłane', 'zwrócone', 'delivered'].includes(status)
    const carrier = CARRIERS[Math.floor(random() * CARRIERS.length)] as string
    const tracking = shipped
      ? carrier === 'InPost'
        ? `6${String(Math.floor(random() * 1e11)).padStart(11, '0')}${String(i).padStart(12, '0')}`
        : `${carrier.slice(0, 2).toUpperCase()}${String(i).padStart(12, '0')}PL`
      : ''
    const r = random()
    const count = r < 0.75 ? 1 : r < 0.95 ? 2 : r < 0.99 ? 3 : 4
    const head = [
      `KK/${2024 + Math.floor(i / (orders / 2 + 1))}/${i}`,
      weighted(MARKETPLACES, random()),
      status,
      local,
      status === 'anulowane' ? '' : paidText,
      'PLN',
      quoted(buyer.name),
      buyer.email,
      buyer.phone,
      quoted(buyer.street),
      buyer.city,
      buyer.postCode,
      buyer.country,
    ].join(';')
    const shipping = random() < 0.3 ? '0,00' : money(999 + Math.floor(random() * 10) * 100)
    const invoice = random() < 0.6 ? `FV/${placed.getUTCFullYear()}/${i}` : ''
    for (let line = 0; line < count; line++) {
      const product = PRODUCTS[Math.floor(random() * PRODUCTS.length)]!
      const quantity = random() < 0.85 ? 1 : 2 + Math.floor(random() * 3)
      buffer += `${head};${product.sku};${quoted(product.name)};${quantity};${money(product.priceMinor)};${shipping};${invoice};${tracking ? carrier : ''};${tracking}\r\n`
      lines++
    }
    if (buffer.length > 256 * 1024) {
      if (!out.write(buffer)) await once(out, 'drain')
      buffer = ''
    }
  }
  out.end(buffer)
  await once(out, 'finish')
  return lines
}
