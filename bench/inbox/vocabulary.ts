import { type Kysely, sql } from 'kysely'
import { sentence } from '../lib/polish-texts.js'
import { seededRandom } from '../lib/stats.js'

/** Buyer sentences in `bench_lines` (ids 1…CUSTOMER_LINES). */
export const CUSTOMER_LINES = 3_000
/** Seller sentences after them (ids CUSTOMER_LINES + 1 …). */
export const SELLER_LINES = 1_000

/** Greetings and closings the SQL generator picks from. */
export const GREETINGS = ['Dzień dobry,', 'Witam,', 'Dzień dobry!', 'Cześć,', 'Szanowni Państwo,']
/** Closings; a buyer's is often followed by their name. */
export const CLOSINGS = ['Pozdrawiam', 'Z poważaniem', 'Dziękuję i pozdrawiam', 'Pozdrawiamy']
/** E-mail subjects buyers write. */
export const SUBJECTS = [
  'Pytanie o zamówienie',
  'Reklamacja',
  'Zwrot towaru',
  'Faktura do zamówienia',
  'Gdzie jest moja paczka?',
  'Uszkodzona przesyłka',
  'Zmiana adresu dostawy',
  'Brak zwrotu pieniędzy',
  'Wymiana rozmiaru',
  'Pytanie o dostępność',
]

/** Fills `bench_lines` (an unlogged scratch table) with filled-in Polish sentences. */
// biome-ignore lint/suspicious/noExplicitAny: a raw connection, no typed schema needed
export async function loadVocabulary(db: Kysely<any>): Promise<void> {
  const random = seededRandom(7)
  await sql`create unlogged table bench_lines (id integer primary key, body text not null)`.execute(
    db,
  )
  const lines = Array.from({ length: CUSTOMER_LINES + SELLER_LINES }, (_, i) =>
    sentence(random, i >= CUSTOMER_LINES),
  )
  await sql`insert into bench_lines (id, body)
    select i, body from unnest(${lines}::text[]) with ordinality as l(body, i)`.execute(db)
}
