import { createHash } from 'node:crypto'
import type { AllegroSimState } from './allegro-sim-state.js'
import { seedDemoOrders } from './sim-order-seed.js'
import { seedDemoReturns } from './sim-returns-seed.js'

/** Who and what the demo seed creates; every field has a default. */
export interface AllegroDemoSeedOptions {
  sellerLogin?: string
  clientId?: string
  clientSecret?: string
  /** Where the code flow may redirect (Aftersale's callback URL). */
  redirectUris?: string[]
  now?: Date
  /** Seeding with the same key and `now` yields the same ids, so a restarted demo sees no news. */
  idKey?: string
}

/** What the seed created, for wiring an Aftersale account to it. */
export interface AllegroDemoSeed {
  clientId: string
  clientSecret: string
  sellerLogin: string
  threadIds: string[]
  /** The demo seller's checkout forms (three of them are the ones the buyers write about). */
  orderIds: string[]
  /** Customer returns (withdrawals) declared on the seller's delivered orders. */
  customerReturnIds: string[]
  /** A dispute and a claim on the seller's orders. */
  issueIds: string[]
}

// A 1×1 PNG standing in for the buyer's photo of the damage.
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)
const HOUR = 3_600_000

/**
 * Creates a demo app and seller with four Polish buyer threads (a late parcel, a damaged blender
 * with a photo, an invoice request, a pre-sale question), eight orders in varied states, two
 * customer returns, a dispute and a claim; each kind is skipped if the seller already has some.
 */
export function seedAllegroDemo(
  state: AllegroSimState,
  options: AllegroDemoSeedOptions = {},
): AllegroDemoSeed {
  const sellerLogin = options.sellerLogin ?? 'ElektroMarket_PL'
  const clientId = options.clientId ?? 'aftersale-demo'
  const clientSecret = options.clientSecret ?? 'aftersale-demo-secret'
  const existingApp = state.apps.get(clientId)
  const redirectUris = [
    ...new Set([...(existingApp?.redirectUris ?? []), ...(options.redirectUris ?? [])]),
  ]
  state.registerApp({ clientId, clientSecret, name: 'Aftersale (demo)', redirectUris })
  state.addUser(sellerLogin, {
    firstName: 'Tomasz',
    lastName: 'Wiśniewski',
    email: 'sklep@elektromarket.example.pl',
  })
  const now = (options.now ?? state.clock()).getTime()
  const randomIds = state.newId
  // A key of their own keeps the threads' repeatable ids what they were before orders existed.
  if (options.idKey) state.newId = repeatableIds(`${options.idKey}:orders`)
  const orderIds = seedDemoOrders(state, sellerLogin, new Date(now))
  if (options.idKey) state.newId = repeatableIds(`${options.idKey}:returns`)
  const returns = seedDemoReturns(state, sellerLogin, new Date(now))
  state.newId = randomIds
  const seeded = { clientId, clientSecret, sellerLogin, orderIds, ...returns }
  const owned = [...state.threads.values()].filter((t) => t.ownerLogin === sellerLogin)
  if (owned.length > 0) return { ...seeded, threadIds: owned.map((t) => t.id) }

  if (options.idKey) state.newId = repeatableIds(options.idKey)
  const ago = (hours: number) => new Date(now - hours * HOUR)
  const write = (buyerLogin: string, text: string, hours: number, extra: object = {}) =>
    state.write({ sellerLogin, buyerLogin, text, at: ago(hours), ...extra })

  const kettle = { orderId: '3c6b7a40-1f2e-11ef-9a8b-5b1d2c3e4f50' }
  const late = write(
    'kasia_kowalska88',
    'Dzień dobry, w poniedziałek zamówiłam czajnik elektryczny z dostawą do Paczkomatu. Status nadal pokazuje „w realizacji”. Kiedy paczka zostanie nadana? Pozdrawiam, Katarzyna',
    50,
    kettle,
  )
  write(
    'kasia_kowalska88',
    'Dzień dobry, paczka zostanie nadana jutro do południa, numer przesyłki prześlemy w wiadomości. Pozdrawiamy, zespół ElektroMarket',
    47,
    { ...kettle, fromSeller: true },
  )
  write(
    'kasia_kowalska88',
    'Minęły już dwa dni, a nadal nie dostałam numeru przesyłki. Czy paczka na pewno wyszła? Czajnik potrzebny mi przed weekendem.',
    5,
    kettle,
  )
  const damaged = write(
    'marek.nowak84',
    'Witam, dziś odebrałem zamówienie – blender przyszedł z pękniętym dzbankiem, karton był zgnieciony. W załączniku zdjęcie. Czy mogę liczyć na wymianę, czy mam odesłać towar w ramach reklamacji?',
    3,
    {
      orderId: '7e0f2d91-2a4b-11ef-8c3d-1f2e3d4c5b6a',
      attachments: [{ filename: 'uszkodzenie.png', contentType: 'image/png', content: PHOTO }],
    },
  )
  const invoice = write(
    'budmax_zakupy',
    'Dzień dobry, proszę o wystawienie faktury VAT do zamówienia. Dane: BUDMAX Sp. z o.o., ul. Przemysłowa 12, 61-001 Poznań, NIP 7792345678. Fakturę proszę wysłać na faktury@budmax.example.pl. Dziękuję.',
    1,
    { orderId: 'a1b2c3d4-3b5c-11ef-9d4e-2a3b4c5d6e7f' },
  )
  const question = write(
    'ania_w',
    'Czy ten odkurzacz ma polską instrukcję i gwarancję producenta? Jeśli zamówię dziś, zdążycie wysłać przed piątkiem?',
    0.5,
    { offerId: '14839201556' },
  )
  const threadIds = [late, damaged, invoice, question].map((m) => m.threadId)
  state.newId = randomIds
  return { ...seeded, threadIds }
}

/** UUID-shaped ids from a key and a counter: the same key gives the same sequence. */
function repeatableIds(key: string): () => string {
  let counter = 0
  return () => {
    const hex = createHash('sha256').update(`${key}:${counter++}`).digest('hex')
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`
  }
}
